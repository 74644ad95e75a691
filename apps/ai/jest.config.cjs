module.exports = { displayName: 'ai', preset: '../../jest.preset.js', rootDir: __dirname };
