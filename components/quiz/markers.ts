/** Shapes beside options, the same on the projector, the phones and the charts, so no option is told apart by colour alone. */
export const MARKERS = ['▲', '◆', '●', '■', '★', '✚'] as const;
