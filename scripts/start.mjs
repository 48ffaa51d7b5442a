// `npm start`: the desktop app where Electron's runtime is installed, else the headless host.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let electronBinary = null;
try {
  // The electron package exports the path of its binary, and throws when it was never downloaded.
  electronBinary = require('electron');
} catch {
  electronBinary = null;
}

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (typeof electronBinary === 'string') {
  run('npm', ['run', 'build']);
  const child = spawn(electronBinary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('未找到 Electron 运行时（安装时跳过了下载），改为启动无界面主机，请用浏览器打开下面打印的地址。');
  run('npm', ['run', 'build:renderer']);
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/cli.ts', 'demo', ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
}
