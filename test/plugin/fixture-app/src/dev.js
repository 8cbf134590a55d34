// The dev server's entry: it accepts its own updates, so that editing the lesson hot-updates this
// module in place instead of reloading the page. `page` is run once per page load: a hot update
// runs this module again, but not it.
import lesson from '../content/como_dormir_bem.md?supertask';
import { page } from './page.js';

globalThis.lessonRuns ??= [];
globalThis.lessonRuns.push({ title: lesson.beginner.title, page });

if (import.meta.hot) import.meta.hot.accept();
