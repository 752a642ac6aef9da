/** Bundles the `/` page's chat (src/chat/main.ts) like the widget; the server serves it as /assets/chat.js. */
import { bundleBrowserScript } from '../widget/build.js';

/** The pages' bundled scripts, by the name they are served under in /assets/. */
export async function buildPageScripts(): Promise<Map<string, string>> {
  return new Map([['chat.js', await bundleBrowserScript(new URL('./main.ts', import.meta.url))]]);
}
