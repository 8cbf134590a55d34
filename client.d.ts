// `lyfe-kt/client`: the modules the build plugin makes of `*.md?supertask` imports, typed from the
// supertask schema (v1.1). Add `/// <reference types="lyfe-kt/client" />` to a .d.ts of the app, or
// "lyfe-kt/client" to `compilerOptions.types`, as with `vite/client`. The types come from
// `lyfe-kt/lessons`, which needs nothing of Node: a browser app checks them without Node's types.
declare module '*.md?supertask' {
  import type { LessonModule } from 'lyfe-kt/lessons';

  export const beginner: LessonModule['beginner'];
  export const advanced: LessonModule['advanced'];
  export const session: LessonModule['session'];
  export const source: LessonModule['source'];
  const lesson: LessonModule;
  export default lesson;
}
