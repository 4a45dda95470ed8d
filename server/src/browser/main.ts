import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server';

/**
 * Web-worker entry (vscode.dev, github.dev): the same server over the worker's message port.
 * A browser has no `ssh` to ask, so the diagnostics follow the setting or the newest release.
 */
const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, { detectionUnavailableReason: 'there is no ssh to ask in the browser' });
