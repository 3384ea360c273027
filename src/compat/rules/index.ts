// The registry: every rule mcpver checks, in one list. The README's rule table is generated from it.
// Each section is owned by one part of the code base; add a rule by adding its file and one line.

import type { Rule } from '../types.ts';

// Package and MCP elements (the check backbone).
import { rule as binRemoved } from './bin-removed.ts';
import { rule as capabilityAdded } from './capability-added.ts';
import { rule as capabilityNotificationsRemoved } from './capability-notifications-removed.ts';
import { rule as capabilityRemoved } from './capability-removed.ts';
import { rule as enginesNodeRaised } from './engines-node-raised.ts';
import { rule as exportPathAdded } from './export-path-added.ts';
import { rule as exportPathRemoved } from './export-path-removed.ts';
import { rule as exportsFieldAdded } from './exports-field-added.ts';
import { rule as packageTypeChanged } from './package-type-changed.ts';
import { rule as peerDependencyAdded } from './peer-dependency-added.ts';
import { rule as peerDependencyNarrowed } from './peer-dependency-narrowed.ts';
import { rule as promptAdded } from './prompt-added.ts';
import { rule as promptRemoved } from './prompt-removed.ts';
import { rule as resourceAdded } from './resource-added.ts';
import { rule as resourceRemoved } from './resource-removed.ts';
import { rule as resourceTemplateAdded } from './resource-template-added.ts';
import { rule as resourceTemplateRemoved } from './resource-template-removed.ts';
import { rule as toolAdded } from './tool-added.ts';
import { rule as toolRemoved } from './tool-removed.ts';

// MCP schemas, annotations, descriptions, renames (issue 3).

// TypeScript API (issue 4).

export const elementRules: Rule[] = [
  binRemoved,
  capabilityAdded,
  capabilityNotificationsRemoved,
  capabilityRemoved,
  enginesNodeRaised,
  exportPathAdded,
  exportPathRemoved,
  exportsFieldAdded,
  packageTypeChanged,
  peerDependencyAdded,
  peerDependencyNarrowed,
  promptAdded,
  promptRemoved,
  resourceAdded,
  resourceRemoved,
  resourceTemplateAdded,
  resourceTemplateRemoved,
  toolAdded,
  toolRemoved,
];

export const mcpContractRules: Rule[] = [];

export const typescriptRules: Rule[] = [];

export const rules: Rule[] = [...elementRules, ...mcpContractRules, ...typescriptRules];
