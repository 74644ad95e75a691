module.exports = { displayName: 'backbone-e2e', preset: '../../jest.preset.js', rootDir: __dirname };
