// The route groups the double serves by default, one file per resource group. A part that needs more
// endpoints adds a file here (and one line below), or passes its group to GitHubDouble.start().

import type { Router } from '../router.ts';
import { gitRoutes } from './git.ts';
import { contentsRoutes } from './contents.ts';
import { pullsRoutes } from './pulls.ts';
import { pullFilesRoutes } from './pull-files.ts';
import { issuesRoutes } from './issues.ts';
import { reactionsRoutes } from './reactions.ts';
import { reposRoutes } from './repos.ts';
import { appsRoutes } from './apps.ts';
import { releasesRoutes } from './releases.ts';

export type RouteGroup = (router: Router) => void;

export const defaultRoutes: RouteGroup[] = [
  gitRoutes,
  contentsRoutes,
  pullsRoutes,
  pullFilesRoutes,
  issuesRoutes,
  reactionsRoutes,
  reposRoutes,
  appsRoutes,
  releasesRoutes,
];
