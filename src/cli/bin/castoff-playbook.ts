#!/usr/bin/env node
import { launch } from '../launch.js';

await launch('castoff-playbook', () => import('../castoff-playbook.js'));
