/**
 * The ids promised in the issues are public URLs (and the differential's URL vocabulary): readers
 * bookmark them and clinicians print them. Each must exist; none may be renamed away.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const promised = {
	conditions: [
		'deep-gluteal-syndrome',
		'piriformis-syndrome',
		'pudendal-neuralgia',
		'ischiofemoral-impingement',
		'proximal-hamstring-tendinopathy',
		'ischiogluteal-bursitis',
		'posterior-hip-tendinopathy',
		'sciatica',
		'lumbar-radiculopathy',
		'lumbar-spinal-stenosis',
		'spondylolisthesis',
		'facet-joint-syndrome',
		'sacroiliac-joint-pain',
		'hip-osteoarthritis',
		'cauda-equina-syndrome',
	],
	'clinical-tests': [
		'long-stride-walking-test',
		'seated-piriformis-stretch-test',
		'active-piriformis-test',
		'puranen-orava-test',
		'bent-knee-stretch-test',
		'modified-bent-knee-stretch-test',
		'straight-leg-raise-test',
		'slump-test',
		'active-straight-leg-raise-test',
		'march-test',
		'fadir-test',
		'faber-test',
		'sacroiliac-provocation-cluster',
		'single-leg-stance-test',
	],
	exercises: [
		'piriformis-stretch',
		'sciatic-nerve-glide',
		'bird-dog',
		'glute-bridge',
		'split-squat',
		'step-up',
		'single-leg-squat',
		'lunge',
		'single-leg-deadlift',
		'side-lying-hip-abduction',
		'clamshell',
	],
	findings: [
		'deep-buttock-pain',
		'sit-bone-pain',
		'side-hip-pain',
		'posterior-thigh-pain',
		'pain-below-knee',
		'leg-tingling-numbness',
		'low-back-pain',
		'perineal-pain',
		'worse-sitting',
		'worse-long-strides',
		'worse-bending-lifting',
		'worse-uphill-running',
		'worse-walking-eased-by-bending',
		'radicular-pain-hip-flexion',
		'limp-after-sitting',
		'eased-sitting-on-toilet',
		'cycling',
		'hip-surgery',
		'buttock-injury',
		'sprinting-sport',
		'pregnancy',
		'hip-clicking',
		'boggy-lump-feeling',
		'saddle-numbness',
		'bladder-bowel-change',
		'progressive-leg-weakness',
		'fever-or-unwell',
		'cancer-history-or-weight-loss',
		'major-trauma',
	],
} as const;

describe('every promised public id exists in content', () => {
	for (const [collection, ids] of Object.entries(promised)) {
		const extension = collection === 'findings' ? 'yaml' : 'mdx';
		it.each(ids)(`${collection}/%s`, (id) => {
			expect(existsSync(`content/${collection}/${id}.${extension}`)).toBe(true);
		});
	}

	it('keeps "programme" free for the home-programme builder at /exercises/programme/', () => {
		expect(existsSync('content/exercises/programme.mdx')).toBe(false);
	});
});
