import type { Platform } from './types';

/** The same app in a plain browser: the page's file input for opening, a Blob download for saving. */
export function webPlatform(doc: Document = document): Platform {
  return {
    kind: 'web',
    // A download has started; whether the manager then saved or cancelled it, the page cannot tell.
    knowsWhenSaved: false,
    pickFile: async () => null,
    async saveFile({ suggestedName, bytes, mimeType }) {
      const blob = new Blob([bytes as BlobPart], { type: mimeType });
      const url = URL.createObjectURL(blob);
      try {
        const a = doc.createElement('a');
        a.href = url;
        a.download = suggestedName;
        a.rel = 'noopener';
        doc.body.append(a);
        a.click();
        a.remove();
      } finally {
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }
      return suggestedName;
    },
    appVersion: async () => __APP_VERSION__,
  };
}
