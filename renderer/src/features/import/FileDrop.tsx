import { FileSpreadsheet } from 'lucide-react';
import { useRef, useState, type DragEvent } from 'react';
import { usePlatform } from '@renderer/platform';
import { Button } from '@renderer/ui/Button';

export const ACCEPTED_EXTENSIONS = ['csv', 'tsv', 'txt', 'xlsx'];

/** A file the user chose: read by the import worker, never copied on the page. */
export type ChosenFile = { name: string; file: Blob };

function chosen(file: File): ChosenFile {
  return { name: file.name, file };
}

/** Drop a file, or pick one: the native dialog in the desktop app, the browser's file chooser otherwise. */
export function FileDrop({ onFile, disabled }: { onFile: (file: ChosenFile) => void; disabled?: boolean }) {
  const platform = usePlatform();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(chosen(file));
  };

  const choose = async () => {
    if (platform.kind === 'electron') {
      const picked = await platform.pickFile({ title: 'Import metrics', extensions: ACCEPTED_EXTENSIONS });
      if (picked) onFile({ name: picked.name, file: new Blob([picked.bytes as BlobPart]) });
    } else {
      input.current?.click();
    }
  };

  return (
    <div
      className={`drop${over ? ' drop-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <div className="empty-icon" aria-hidden="true">
        <FileSpreadsheet size={24} />
      </div>
      <p>
        <strong>Drop a CSV or Excel file here</strong>
      </p>
      <p className="muted small">Per-period metric sheets, or deal/opportunity and activity exports from Salesforce, HubSpot or any CRM.</p>
      <Button variant="primary" onClick={() => void choose()} disabled={disabled}>
        Choose a file…
      </Button>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        aria-label="File to import"
        tabIndex={-1}
        accept={ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(',')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(chosen(file));
        }}
      />
    </div>
  );
}
