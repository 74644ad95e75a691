module.exports = { displayName: 'template', preset: '../../jest.preset.js', rootDir: __dirname };
