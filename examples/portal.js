// The portal's own script: mounts the second dashboard with the documented JavaScript call.
// (An external file, so the portal runs under `script-src 'self'`.)

function dashboardReady() {
  if (window.csmDashboard) return window.csmDashboard.ready;
  return new Promise((resolve) =>
    window.addEventListener('csm-dashboard-ready', (event) => resolve(event.detail), { once: true }),
  );
}

const api = await dashboardReady();
api.mount(document.getElementById('board-b'), { src: '../b-company.json', lang: 'en', routing: 'memory' });
