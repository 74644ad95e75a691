module.exports = { displayName: 'architecture', preset: '../../jest.preset.js', rootDir: __dirname };
