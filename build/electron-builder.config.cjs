// electron-builder configuration: `npm run dist` packages the built app (out/) for the current
// platform. Linux: AppImage and deb; Windows: NSIS; macOS: dmg. Icons come from build/icon.png
// (1024×1024; electron-builder derives .ico and .icns from it).
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.midad.newsroom',
  productName: 'Midad',
  copyright: 'Midad newsroom workstation',
  directories: { output: 'dist', buildResources: 'build' },
  files: ['out/**/*', 'package.json', '!**/*.map'],
  asar: true,
  icon: 'build/icon.png',
  electronLanguages: ['ar', 'en-US'],
  protocols: [],
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    synopsis: 'مداد — محطة تحرير الأخبار (Arabic-first newsroom workstation)',
    description:
      'مداد: محطة تحرير أخبار عربية أولاً. Midad: an Arabic-first newsroom workstation for drafting, copy editing and publishing.',
    maintainer: 'Midad <desk@midad.org>',
    desktop: {
      entry: {
        Name: 'Midad',
        'Name[ar]': 'مداد',
        GenericName: 'Newsroom workstation',
        'GenericName[ar]': 'محطة تحرير الأخبار',
        Comment: 'Draft, copy edit and publish Arabic news',
        'Comment[ar]': 'كتابة الأخبار وتدقيقها ونشرها',
        StartupWMClass: 'Midad',
      },
    },
  },
  deb: { packageName: 'midad' },
  win: { target: ['nsis'] },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    shortcutName: 'Midad مداد',
    installerLanguages: ['ar_SA', 'en_US'],
    multiLanguageInstaller: true,
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.news',
    extendInfo: { CFBundleDisplayName: 'Midad', CFBundleDevelopmentRegion: 'ar', CFBundleLocalizations: ['ar', 'en'] },
  },
  dmg: { title: 'Midad مداد' },
};
