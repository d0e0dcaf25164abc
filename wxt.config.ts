import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'NewsLens',
    description:
      'Highlights the people, places, organizations and quotes in news articles, says who said what, and summarises the story. Nothing leaves your machine.',
  },
});
