// The CDN bundle's entry of one element's file (dist/cdn/<tag>.js), made by vite.config.ts
// (cdnElementEntries): it imports the element's define module and exports nothing.
declare module 'virtual:cdn-element/*';
