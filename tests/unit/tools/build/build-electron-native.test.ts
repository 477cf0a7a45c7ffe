import { describe, expect, it } from 'vitest';

interface BuildTarget {
  electronVersion: string;
  moduleVersion: string;
  driverVersion: string;
  platform: string;
  arch: string;
}

/** The build script is plain JavaScript (it runs under node without a compile step). */
interface NativeBuildScript {
  buildTarget: (fields: BuildTarget) => BuildTarget;
  needsRebuild: (stamp: unknown, target: BuildTarget, binaryExists: boolean) => boolean;
  nodeGypEnvironment: (env: Record<string, string | undefined>) => Record<string, string | undefined>;
}

const script = (await import(new URL('../../../../tools/build/build-electron-native.mjs', import.meta.url).href)) as NativeBuildScript;

const target = script.buildTarget({ electronVersion: '45.4.1', moduleVersion: '150', driverVersion: '12.11.1', platform: 'linux', arch: 'x64' });

describe('needsRebuild', () => {
  it('reuses a binary whose stamp matches exactly', () => {
    expect(script.needsRebuild({ ...target }, target, true)).toBe(false);
  });

  it('rebuilds when the binary is missing, even with a matching stamp', () => {
    expect(script.needsRebuild({ ...target }, target, false)).toBe(true);
  });

  it.each([null, 'garbage', 42])('rebuilds when the stamp is missing or unreadable (%s)', (stamp) => {
    expect(script.needsRebuild(stamp, target, true)).toBe(true);
  });

  it.each(Object.keys(target) as Array<keyof BuildTarget>)('rebuilds when %s changed', (field) => {
    expect(script.needsRebuild({ ...target, [field]: 'something else' }, target, true)).toBe(true);
  });

  it('rebuilds when the stamp lacks a field', () => {
    const { moduleVersion: _dropped, ...partial } = target;
    expect(script.needsRebuild(partial, target, true)).toBe(true);
  });
});

describe('nodeGypEnvironment', () => {
  it('drops npm config that would change what node-gyp builds for, in any spelling', () => {
    const env = script.nodeGypEnvironment({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_TARGET: '20.0.0',
      npm_config_runtime: 'node',
      npm_config_dist_url: 'https://nodejs.org/dist',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_config_arch: 'ia32',
      npm_package_config_node_gyp_nodedir: '/usr',
      npm_config_https_proxy: 'http://proxy:3128',
    });
    expect(env).toEqual({ PATH: '/usr/bin', npm_config_https_proxy: 'http://proxy:3128' });
  });
});
