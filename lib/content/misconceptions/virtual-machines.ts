import type { Misconception } from '../types';

/** Misconceptions of topic "virtual-machines" that wrong answers can reveal. */
export const virtualMachinesMisconceptions: Misconception[] = [
  {
    id: 'mc-vm-recent',
    topic: 'virtual-machines',
    source: 'S1',
    statement: {
      en: 'Virtual machines are a recent invention of the cloud era.',
      pt: 'Máquina virtual é uma invenção recente, da época da nuvem.',
    },
    correction: {
      en: 'The idea goes back to the mainframes of the mid-1960s, where each operator seemed to have a machine of their own while every resource was shared. The cloud came decades later and was built on it.',
      pt: 'A ideia vem dos mainframes de meados dos anos 1960, quando cada operador parecia ter uma máquina só sua, mas todos os recursos eram compartilhados. A nuvem veio décadas depois, construída em cima disso.',
    },
  },
  {
    id: 'mc-vm-shares-host-kernel',
    topic: 'virtual-machines',
    source: 'S1',
    statement: {
      en: "The VMs on a host share the host's kernel, just like containers do.",
      pt: 'As VMs de um host compartilham o kernel do host, igualzinho aos contêineres.',
    },
    correction: {
      en: 'Each VM runs its own complete operating system, kernel included, on virtual hardware. Sharing one kernel is what containers do, not VMs.',
      pt: 'Cada VM roda seu próprio sistema operacional completo, kernel incluído, sobre hardware virtual. Compartilhar um único kernel é coisa de contêiner, não de VM.',
    },
  },
  {
    id: 'mc-vm-guest-real-hardware',
    topic: 'virtual-machines',
    source: 'S1',
    statement: {
      en: "The operating system inside a VM talks straight to the server's real hardware.",
      pt: 'O sistema operacional dentro da VM conversa direto com o hardware real do servidor.',
    },
    correction: {
      en: 'The guest OS only sees the virtual memory, disk, processor and network it was given. The real hardware stays behind the hypervisor.',
      pt: 'O sistema convidado só enxerga a memória, o disco, o processador e a rede virtuais que recebeu. O hardware real fica por trás do hypervisor.',
    },
  },
  {
    id: 'mc-vm-guest-os-in-charge',
    topic: 'virtual-machines',
    source: 'S2',
    statement: {
      en: 'The operating system inside a VM is what creates and runs the VM.',
      pt: 'É o sistema operacional de dentro da VM que cria e executa a própria VM.',
    },
    correction: {
      en: 'The guest OS lives inside the VM. The hypervisor (virtual machine monitor), sitting between the hardware and the VMs, is what creates and runs them.',
      pt: 'O sistema convidado mora dentro da VM. Quem cria e executa as VMs é o hypervisor (monitor de máquinas virtuais), que fica entre o hardware e as VMs.',
    },
  },
  {
    id: 'mc-vm-needs-own-hardware',
    topic: 'virtual-machines',
    source: 'S2',
    statement: {
      en: 'Every virtual machine needs a physical server of its own.',
      pt: 'Cada máquina virtual precisa de um servidor físico só para ela.',
    },
    correction: {
      en: 'The whole point of VMs is to split one physical machine among many isolated environments. That is also why you can order a machine from an IaaS provider without buying any hardware.',
      pt: 'A graça das VMs é justamente dividir uma máquina física entre vários ambientes isolados. É por isso também que dá para contratar uma máquina num provedor IaaS sem comprar hardware nenhum.',
    },
  },
  {
    id: 'mc-vm-resources-fixed',
    topic: 'virtual-machines',
    source: 'S1',
    statement: {
      en: "A VM's memory and CPU are fixed for good once it is created.",
      pt: 'A memória e a CPU de uma VM ficam fixas para sempre depois que ela é criada.',
    },
    correction: {
      en: 'Management tools let you set how much of the physical machine each VM uses and raise it gradually when a need comes up.',
      pt: 'As ferramentas de gerência permitem definir quanto do recurso físico cada VM usa e aumentar isso aos poucos quando surge a necessidade.',
    },
  },
  {
    id: 'mc-vm-boots-faster',
    topic: 'virtual-machines',
    source: 'S2',
    statement: {
      en: 'A virtual machine boots faster than a container.',
      pt: 'Uma máquina virtual inicia mais rápido que um contêiner.',
    },
    correction: {
      en: 'A VM has to boot a whole guest operating system, so it starts more slowly than a container, which is just a process starting on a kernel that is already running.',
      pt: 'A VM precisa subir um sistema operacional convidado inteiro, então demora mais que o contêiner, que é só um processo iniciando num kernel que já está rodando.',
    },
  },
  {
    id: 'mc-vm-no-overhead',
    topic: 'virtual-machines',
    source: 'S2',
    statement: {
      en: 'The hypervisor costs nothing: no overhead and nothing extra to manage.',
      pt: 'O hypervisor não custa nada: não gera overhead nem dá trabalho extra.',
    },
    correction: {
      en: 'Everything a VM does passes through the hypervisor, which adds overhead, and the hypervisor is one more software layer to run and maintain.',
      pt: 'Tudo o que a VM faz passa pelo hypervisor, o que gera overhead, e ele ainda é mais uma camada de software para operar e manter.',
    },
  },
  {
    id: 'mc-vm-host-guest-swap',
    topic: 'virtual-machines',
    source: 'S2',
    statement: {
      en: "The 'host' is the system inside the VM and the 'guest' is the one underneath.",
      pt: "O 'host' é o sistema dentro da VM e o 'guest' (convidado) é o que fica embaixo.",
    },
    correction: {
      en: 'It is the other way round: the host is the system the VMs run on, and the guests are the systems running inside the VMs.',
      pt: 'É o contrário: o host (hospedeiro) é o sistema sobre o qual as VMs rodam, e os guests (convidados) são os sistemas que rodam dentro delas.',
    },
  },
];
