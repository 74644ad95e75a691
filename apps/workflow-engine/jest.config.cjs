module.exports = { displayName: 'workflow-engine', preset: '../../jest.preset.js', rootDir: __dirname };
