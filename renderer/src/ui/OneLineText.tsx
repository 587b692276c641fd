import type { ComponentPropsWithRef, KeyboardEvent } from 'react';

/**
 * A one-line answer that shows all of itself: a textarea that grows with its content (CSS
 * `field-sizing: content`) and takes no new line, so long text wraps instead of being cut off
 * at the edge of a fixed input.
 */
export function OneLineText({ className, onKeyDown, ...props }: ComponentPropsWithRef<'textarea'>) {
  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter') e.preventDefault();
    onKeyDown?.(e);
  };
  return <textarea rows={1} className={`input one-line${className ? ` ${className}` : ''}`} onKeyDown={onKey} {...props} />;
}
