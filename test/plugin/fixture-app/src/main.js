// A whole lesson through its default export, and one level only of another through a named export:
// the bundle must hold three supertasks, not four.
import sleep from '../content/como_dormir_bem.md?supertask';
import { beginner as solitude } from '../content/solidao_cronica.md?supertask';
import { render } from './render.js';

render([sleep.beginner, sleep.advanced, solitude], `${sleep.source} (${sleep.session})`);
