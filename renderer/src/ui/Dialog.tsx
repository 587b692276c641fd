import * as RadixDialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { useEffect, type ReactNode } from 'react';

/**
 * While a dialog is open the rest of the app is `inert` (no focus, no clicks, hidden from
 * assistive technology) and the page does not scroll. Radix's own modal mode does this by
 * injecting a <style> element, which the CSP (style-src 'self') rightly refuses; `inert` and
 * a style property set through the CSSOM need no stylesheet.
 */
function useModalBackground(open: boolean): void {
  useEffect(() => {
    if (!open) return;
    // The content mounts after this effect (Radix portals render on a second pass), so focus
    // is still where the user was.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = document.getElementById('root');
    const wasInert = root?.inert ?? false;
    const overflow = document.body.style.overflow;
    if (root) root.inert = true;
    document.body.style.overflow = 'hidden';
    return () => {
      if (root) root.inert = wasInert;
      document.body.style.overflow = overflow;
      // Back to where the user was once the content has gone, if that element still exists.
      setTimeout(() => {
        if (before?.isConnected) before.focus();
      }, 0);
    };
  }, [open]);
}

/** Accessible modal dialog (focus kept inside, Escape to close, labelled by its title). */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  useModalBackground(open);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange} modal={false}>
      <RadixDialog.Portal>
        {open ? <div className="dialog-overlay" aria-hidden="true" /> : null}
        <RadixDialog.Content
          className="dialog"
          aria-modal="true"
          onCloseAutoFocus={(e) => e.preventDefault()}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <div className="dialog-head">
            <RadixDialog.Title className="dialog-title">{title}</RadixDialog.Title>
            <RadixDialog.Close className="icon-btn" aria-label="Close">
              <X size={18} aria-hidden="true" />
            </RadixDialog.Close>
          </div>
          {description ? <RadixDialog.Description className="dialog-desc">{description}</RadixDialog.Description> : null}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
