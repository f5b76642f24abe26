import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ROUTE_ACCESS } from '../http/access.decorators.js';
import { ROUTE_TABLES } from './index.js';
import { controllersOf } from './registrar.js';

describe('route declarations', () => {
  const declarations = Object.values(ROUTE_TABLES).flat();

  it('declare every route once, each with a permission, a subject and a Chinese summary', () => {
    const routes = declarations.map((d) => `${d.method} /${d.path}`);
    expect(routes.filter((route, i) => routes.indexOf(route) !== i)).toEqual([]);
    expect(declarations.length).toBeGreaterThanOrEqual(250);
    expect(declarations.filter((d) => !d.permission.length || !d.subject || !/[\u4e00-\u9fff]/.test(d.summary)).map((d) => `${d.method} /${d.path}`)).toEqual([]);
  });

  it('declare the If-Match of a change on a path that names its record, and a query class on every list GET', () => {
    expect(declarations.filter((d) => d.convention === 'change' && !Object.keys(d.params ?? {}).length).map((d) => d.path)).toEqual([]);
    expect(declarations.filter((d) => d.method === 'GET' && d.name === 'list' && !d.query).map((d) => d.path)).toEqual([]);
  });

  it('become controllers whose handlers carry the route, the status and the permission', () => {
    const [controller] = controllersOf('UnitsController', ROUTE_TABLES.UnitsController);
    const prototype = controller.prototype as Record<string, object>;
    expect(Reflect.getMetadata(PATH_METADATA, prototype.deactivate)).toBe('api/units/:id/deactivate');
    expect(Reflect.getMetadata(METHOD_METADATA, prototype.deactivate)).toBe(RequestMethod.POST);
    expect(Reflect.getMetadata(HTTP_CODE_METADATA, prototype.deactivate)).toBe(200);
    expect(Reflect.getMetadata(HTTP_CODE_METADATA, prototype.create)).toBe(201);
    expect(Reflect.getMetadata(ROUTE_ACCESS, prototype.update)).toEqual({ kind: 'permission', anyOf: ['units:write', 'units:write-own'] });
  });
});
