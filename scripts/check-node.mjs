// Astro 7, @astrojs/mdx 8 and Vitest 5 need Node >= 22.12. npm scripts run on the Node 24 that the
// `node` devDependency installs; this guard turns an older Node into one clear sentence.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Tumen needs Node >= 22.12, but this script runs on Node ${process.versions.node}.\n` +
      'Run it through npm (npm start, npm test) after `npm install`, which installs Node 24 into node_modules/.bin.',
  );
  process.exit(1);
}
