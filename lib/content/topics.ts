import type { Localized, Topic } from '../quiz/types';

/** The name of each topic of CONTENT.md, for titles built from data (live sessions, reports). */
export const TOPIC_NAMES: Record<Topic, Localized> = {
  'virtual-machines': { en: 'Virtual machines', pt: 'Máquinas virtuais' },
  'virtualization-kinds': { en: 'Two ways to virtualize', pt: 'Duas formas de virtualizar' },
  containers: { en: 'Containers', pt: 'Contêineres' },
  'images-registries': { en: 'Images and registries', pt: 'Imagens e registries' },
  scope: { en: 'Scope: what each one holds', pt: 'Escopo: o que cada um abriga' },
  together: { en: 'VMs and containers together', pt: 'VMs e contêineres juntos' },
  analogy: { en: 'The house and the apartment', pt: 'A casa e o apartamento' },
};
