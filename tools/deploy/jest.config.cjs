module.exports = { displayName: 'deploy-manifests', preset: '../../jest.preset.js', rootDir: __dirname };
