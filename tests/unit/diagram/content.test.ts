import { describe, expect, it } from 'vitest';
import { DIAGRAM_CONTENT, regionContent } from '../../../lib/diagram/content';
import { DIAGRAM_IDS, DIAGRAM_REGIONS, diagramOf, type RegionId } from '../../../lib/diagram/ids';
import { LOCALES, SOURCES, TOPICS } from '../../../lib/quiz/types';

const everyRegion = DIAGRAM_IDS.flatMap((diagramId) => DIAGRAM_REGIONS[diagramId].map((regionId) => ({ diagramId, regionId: regionId as RegionId })));

describe('diagram content', () => {
  it('gives every diagram a title and a text alternative in both languages', () => {
    for (const diagramId of DIAGRAM_IDS) {
      const diagram = DIAGRAM_CONTENT[diagramId];
      for (const locale of LOCALES) {
        expect(diagram.title[locale].trim(), `${diagramId} title ${locale}`).not.toBe('');
        expect(diagram.description[locale].length, `${diagramId} description ${locale}`).toBeGreaterThan(80);
      }
      expect(diagram.description.pt).not.toBe(diagram.description.en);
    }
  });

  it('covers exactly the regions of the contract, no more and no fewer', () => {
    for (const diagramId of DIAGRAM_IDS) {
      expect(Object.keys(DIAGRAM_CONTENT[diagramId].regions).sort()).toEqual([...DIAGRAM_REGIONS[diagramId]].sort());
    }
  });

  it.each(everyRegion)('$regionId has a label and an explanation in every language, Portuguese written apart from English', ({ regionId }) => {
    const region = regionContent(regionId)!;
    expect(region).toBeDefined();
    for (const locale of LOCALES) {
      expect(region.label[locale].trim(), `${regionId} label ${locale}`).not.toBe('');
      expect(region.explanation[locale].trim(), `${regionId} explanation ${locale}`).not.toBe('');
    }
    expect(region.explanation.pt).not.toBe(region.explanation.en);
  });

  it('keeps explanations to one to three sentences', () => {
    for (const { regionId } of everyRegion) {
      for (const locale of LOCALES) {
        const sentences = regionContent(regionId)!.explanation[locale].split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '');
        expect(sentences.length, `${regionId} ${locale}`).toBeGreaterThanOrEqual(1);
        expect(sentences.length, `${regionId} ${locale}`).toBeLessThanOrEqual(3);
      }
    }
  });

  it('gives each region a label no other region on its diagram has', () => {
    for (const diagramId of DIAGRAM_IDS) {
      for (const locale of LOCALES) {
        const labels = DIAGRAM_REGIONS[diagramId].map((id) => regionContent(id)!.label[locale]);
        expect(new Set(labels).size, `${diagramId} ${locale}`).toBe(labels.length);
      }
    }
  });

  it('names a known source and topic for every region', () => {
    for (const { regionId } of everyRegion) {
      const region = regionContent(regionId)!;
      expect(Object.keys(SOURCES)).toContain(region.source);
      expect(TOPICS).toContain(region.topic);
    }
  });

  it('links twins that exist, sit on another diagram and name the region back', () => {
    for (const { diagramId, regionId } of everyRegion) {
      const twins = regionContent(regionId)!.twins;
      expect(new Set(twins).size, `${regionId} lists a twin twice`).toBe(twins.length);
      for (const twin of twins) {
        expect(regionContent(twin), `${regionId} -> ${twin} exists`).toBeDefined();
        expect(diagramOf(twin), `${regionId} -> ${twin} is on another diagram`).not.toBe(diagramId);
        expect(regionContent(twin)!.twins, `${twin} lists ${regionId} back`).toContain(regionId);
      }
    }
  });

  it('pairs the analogy the way the lessons teach it', () => {
    expect(regionContent('ha-building-foundation')!.twins).toContain('st-ct-kernel');
    expect(regionContent('ha-house')!.twins).toEqual(expect.arrayContaining(['st-vm-guest-os', 'tg-vm']));
    expect(regionContent('ha-apartment-door')!.twins).toContain('st-ct-container');
    expect(regionContent('ha-apartment-door')!.explanation.en).toMatch(/namespaces/);
    expect(regionContent('ha-apartment-studio')!.explanation.en).toMatch(/cgroups/);
  });

  it('answers nothing for an id that is not a region', () => {
    expect(regionContent('constructor')).toBeUndefined();
    expect(regionContent('nope')).toBeUndefined();
  });
});
