// Draws the practice dashboard's charts. Each <canvas data-chart="{...}"> carries its own
// chart as JSON (type, labels, datasets, stacked, twoAxes): the Content-Security-Policy
// allows no inline script, so the page puts the data in attributes and this file reads it.
(() => {
  // Okabe-Ito: distinguishable with the common colour-vision deficiencies
  const palette = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442', '#7f7f7f', '#332288'];

  function options(spec) {
    if (spec.type === 'doughnut') {
      return { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'right' } } };
    }
    const scales = {
      x: { stacked: spec.stacked },
      y: { stacked: spec.stacked, beginAtZero: true, ticks: { precision: 0 } }
    };
    if (spec.twoAxes) {
      scales.y1 = { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false } };
    }
    return { responsive: true, maintainAspectRatio: false, animation: false, scales };
  }

  function draw(canvas) {
    const spec = JSON.parse(canvas.dataset.chart);
    const datasets = spec.datasets.map((d, i) => {
      const colour = palette[i % palette.length];
      const styled = Object.assign({}, d);
      if (spec.type === 'doughnut') {
        styled.backgroundColor = d.data.map((_, j) => palette[j % palette.length]);
      } else {
        styled.backgroundColor = colour;
        styled.borderColor = colour;
      }
      if (spec.twoAxes && d.yAxisID === 'y1') {
        styled.type = 'line';
      }
      return styled;
    });
    // eslint-disable-next-line no-undef
    new Chart(canvas, { type: spec.type, data: { labels: spec.labels, datasets }, options: options(spec) });
  }

  document.addEventListener('DOMContentLoaded', () => {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  });
})();
