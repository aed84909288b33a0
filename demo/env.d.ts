/// <reference types="vite/client" />
// import.meta.env in the demo pages: VITE_BACKEND=server (`npm start`) or unset (`start:mock`).
interface ImportMetaEnv {
  readonly VITE_BACKEND?: 'server' | undefined;
}
