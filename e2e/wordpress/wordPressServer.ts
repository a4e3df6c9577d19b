/**
 * A real WordPress for the publishing tests, from Debian's packages (`wordpress`, `mariadb-server`,
 * `php-cli`, `php-mysql`): a throwaway MariaDB (its own data folder, a socket, no network) and
 * WordPress served by `php -S` on 127.0.0.1, installed with an editor account and given an
 * Application Password. Debian's WordPress reads `/etc/wordpress/config-NAME.php`; a router script
 * names a config of this server's own (removed on stop). Application Passwords need
 * `WP_ENVIRONMENT_TYPE` "local" without HTTPS; `?rest_route=` works without permalinks.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const wordPressRoot = '/usr/share/wordpress';
export const wordPressPackages = ['wordpress', 'mariadb-server', 'php-cli', 'php-mysql'];
export const enableWordPressCommand = `sudo apt-get install -y ${wordPressPackages.join(' ')}`;

/** Why a real WordPress cannot run on this machine, or undefined when it can. */
export function wordPressUnavailableReason(): string | undefined {
  const missing = [
    [join(wordPressRoot, 'wp-load.php'), 'wordpress'],
    ['/usr/sbin/mariadbd', 'mariadb-server'],
    ['/usr/bin/mariadb-install-db', 'mariadb-server'],
    ['/usr/bin/php', 'php-cli'],
  ].filter(([path]) => !existsSync(path!));
  if (missing.length > 0)
    return `Debian's ${[...new Set(missing.map(([, name]) => name))].join(', ')} not installed: ${enableWordPressCommand}`;
  if (spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status !== 0)
    return `PHP lacks mysqli: ${enableWordPressCommand}`;
  return undefined;
}

export interface WordPressServer {
  url: string;
  port: number;
  userName: string;
  applicationPassword: string;
  /** Stops answering (the web server goes away; connections are refused), keeping the data. */
  pause(): Promise<void>;
  /** Serves again on the same port. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function startWordPress(): Promise<WordPressServer> {
  const folder = await mkdtemp(join(tmpdir(), 'midad-wordpress-'));
  const name = `midadtest-${randomBytes(4).toString('hex')}`;
  const configFile = `/etc/wordpress/config-${name}.php`;
  const socket = join(folder, 'db.sock');
  const children: ChildProcess[] = [];
  // Each server runs in its own process group (php -S forks workers): the whole group is stopped.
  const signal = (child: ChildProcess, name: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  const end = async (child: ChildProcess): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) {
      signal(child, 'SIGKILL');
      return;
    }
    const exited = new Promise((resolve) => child.once('exit', resolve));
    signal(child, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    signal(child, 'SIGKILL');
  };
  let webServer: ChildProcess | undefined;
  const stop = async (): Promise<void> => {
    if (webServer) await end(webServer);
    for (const child of children.reverse()) await end(child);
    await rm(configFile, { force: true });
    await rm(folder, { recursive: true, force: true });
  };
  try {
    run('mariadb-install-db', [
      '--no-defaults',
      '--user=root',
      `--datadir=${join(folder, 'db')}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
    children.push(
      spawn(
        'mariadbd',
        [
          '--no-defaults',
          '--user=root',
          `--datadir=${join(folder, 'db')}`,
          `--socket=${socket}`,
          '--skip-networking',
          `--pid-file=${join(folder, 'db.pid')}`,
        ],
        { stdio: 'ignore', detached: true },
      ),
    );
    await waitFor(() => existsSync(socket), 'MariaDB');
    await waitFor(
      () => spawnSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-e', 'SELECT 1']).status === 0,
      'MariaDB to answer',
    );
    const password = randomBytes(12).toString('hex');
    run('mariadb', [
      '--no-defaults',
      `--socket=${socket}`,
      '-u',
      'root',
      '-e',
      `CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY '${password}'; GRANT ALL ON wp.* TO 'wp'@'localhost';`,
    ]);

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const content = join(folder, 'content');
    await mkdir(content);
    await symlink(join(wordPressRoot, 'wp-content', 'themes'), join(content, 'themes'));
    await symlink(join(wordPressRoot, 'wp-content', 'plugins'), join(content, 'plugins'));
    const key = (): string => randomBytes(24).toString('hex');
    await writeFile(
      configFile,
      [
        '<?php',
        `define('DB_NAME', 'wp'); define('DB_USER', 'wp'); define('DB_PASSWORD', '${password}');`,
        `define('DB_HOST', 'localhost:${socket}');`,
        `define('WP_CONTENT_DIR', '${content}');`,
        `define('WP_ENVIRONMENT_TYPE', 'local');`,
        // No calls out (this network has none; each would wait for its timeout) and no cron requests to itself.
        `define('WP_HTTP_BLOCK_EXTERNAL', true); define('DISABLE_WP_CRON', true); define('AUTOMATIC_UPDATER_DISABLED', true);`,
        `define('WP_HOME', '${url}'); define('WP_SITEURL', '${url}');`,
        ...[
          'AUTH_KEY',
          'SECURE_AUTH_KEY',
          'LOGGED_IN_KEY',
          'NONCE_KEY',
          'AUTH_SALT',
          'SECURE_AUTH_SALT',
          'LOGGED_IN_SALT',
          'NONCE_SALT',
        ].map((constant) => `define('${constant}', '${key()}');`),
        '',
      ].join('\n'),
    );
    const router = join(folder, 'router.php');
    await writeFile(
      router,
      `<?php
$_SERVER['WORDPRESS_CONFIG'] = '${name}';
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$file = '${wordPressRoot}' . $path;
if ($path !== '/' && is_file($file) && substr($file, -4) !== '.php') return false;
if (is_dir($file)) $file = rtrim($file, '/') . '/index.php';
if (!is_file($file)) $file = '${wordPressRoot}/index.php';
$_SERVER['SCRIPT_FILENAME'] = $file;
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = substr($file, strlen('${wordPressRoot}'));
chdir(dirname($file));
require $file;
`,
    );
    const installer = join(folder, 'install.php');
    await writeFile(
      installer,
      `<?php
$_SERVER['WORDPRESS_CONFIG'] = '${name}';
$_SERVER['HTTP_HOST'] = '127.0.0.1';
define('WP_INSTALLING', true);
require '${wordPressRoot}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('موقع الاختبار', 'editor', 'editor@example.com', false, '', '${key()}');
update_option('timezone_string', 'Asia/Damascus');
$user = get_user_by('login', 'editor');
list($password) = WP_Application_Passwords::create_new_application_password($user->ID, array('name' => 'midad'));
echo "APPLICATION_PASSWORD=", $password, "\\n";
`,
    );
    const output = run('php', [installer]);
    const applicationPassword = /APPLICATION_PASSWORD=(\S+)/.exec(output)?.[1];
    if (!applicationPassword) throw new Error(`WordPress did not give an Application Password: ${output}`);
    const serve = async (): Promise<void> => {
      // Several workers, so a slow request does not hold up the others (the fault tests need that).
      webServer = spawn('php', ['-S', `127.0.0.1:${port}`, router], {
        stdio: 'ignore',
        cwd: folder,
        detached: true,
        env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      });
      await waitFor(
        async () =>
          await fetch(`${url}/?rest_route=/`).then(
            (response) => response.ok,
            () => false,
          ),
        'WordPress',
      );
    };
    await serve();
    return {
      url,
      port,
      userName: 'editor',
      applicationPassword,
      pause: async () => {
        if (webServer) await end(webServer);
        webServer = undefined;
      },
      resume: serve,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
