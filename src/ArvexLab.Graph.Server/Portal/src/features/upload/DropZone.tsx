import { useId, useState, type DragEvent } from 'react';

/** Drop a PDF here, or choose one with the (keyboard-reachable) file input inside. */
export function DropZone({ file, onFile, disabled }: { file: File | null; onFile: (file: File | null) => void; disabled: boolean }) {
  const id = useId();
  const [over, setOver] = useState(false);
  const accept = (files: FileList | null | undefined) => onFile(files?.[0] ?? null);
  return (
    <div
      className={over ? 'dropzone dropzone-over' : 'dropzone'}
      onDragOver={(e: DragEvent) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e: DragEvent) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) accept(e.dataTransfer.files);
      }}
      data-testid="dropzone"
    >
      <p>{file ? <strong>{file.name}</strong> : 'Drag and drop a PDF here, or'}</p>
      <label htmlFor={id}>{file ? 'Choose another PDF' : 'Choose a PDF'}</label>{' '}
      <input id={id} type="file" accept="application/pdf,.pdf" disabled={disabled} onChange={(e) => accept(e.target.files)} />
      {file ? <p className="muted small">{(file.size / 1024 / 1024).toFixed(1)} MB</p> : null}
    </div>
  );
}
