module.exports = { displayName: 'api-e2e', preset: '../../jest.preset.js', rootDir: __dirname };
