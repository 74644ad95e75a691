module.exports = { displayName: 'crm', preset: '../../jest.preset.js', rootDir: __dirname };
