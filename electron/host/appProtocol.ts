/**
 * Serves the built renderer to the desktop window from `app://midad/`, with the same security
 * headers as the browser host. Registered as a standard, secure scheme so that 'self' in the
 * Content-Security-Policy means exactly the app's own files.
 */
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { securityHeaders } from './contentSecurityPolicy';
import { resolveStaticFile } from './staticFiles';
import { appHost, appScheme } from './windowOptions';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Must run after the app is ready. */
export function serveAppProtocol(rendererFolder: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const file = url.host === appHost ? await resolveStaticFile(rendererFolder, url.pathname) : undefined;
    if (!file) return new Response('Not found', { status: 404, headers: securityHeaders() });
    const response = await net.fetch(pathToFileURL(file.filePath).href);
    return new Response(response.body, {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': file.contentType },
    });
  });
}
