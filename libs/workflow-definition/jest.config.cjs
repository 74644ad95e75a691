module.exports = { displayName: 'workflow-definition', preset: '../../jest.preset.js', rootDir: __dirname };
