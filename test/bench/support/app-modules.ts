import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Change, FrameworkDocument } from '@ocmf/standard';
import { repoRoot } from './app.js';

/**
 * Pure helpers of the built app, imported from api/dist rather than copied, so the baseline renders Markdown
 * with exactly the app's markdown-it and sanitize-html settings and shapes change sets and documents the same way.
 */
export type AppModules = {
  renderMarkdown(source: string): string;
  changesToType(changes: Change[], before: FrameworkDocument): Record<string, unknown>[];
  documentView(document: FrameworkDocument): { categories: Record<string, unknown>[]; measures: Record<string, unknown>[] };
};

const distModule = (file: string) => import(pathToFileURL(path.join(repoRoot, 'api/dist', file)).href);

export async function loadAppModules(): Promise<AppModules> {
  const [markdown, changes, view] = await Promise.all([
    distModule('markdown/markdown.js'),
    distModule('proposals/change-mapping.js'),
    distModule('framework/document-view.js'),
  ]);
  return {
    renderMarkdown: (markdown as Pick<AppModules, 'renderMarkdown'>).renderMarkdown,
    changesToType: (changes as Pick<AppModules, 'changesToType'>).changesToType,
    documentView: (view as Pick<AppModules, 'documentView'>).documentView,
  };
}
