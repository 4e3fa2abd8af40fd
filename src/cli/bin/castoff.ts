#!/usr/bin/env node
import { launch } from '../launch.js';

await launch('castoff', () => import('../castoff.js'));
