/*
 * Smart Triage workload forecast chart: draws a forecast view (the JSON of
 * /rest/smart-triage/1.0/forecast/{projectKey}) as an accessible SVG chart with a data table.
 * Plain DOM code without Jira dependencies except AJS.I18n.getText, whose calls Jira's jsI18n
 * transformer replaces with the translated text; outside Jira a page provides AJS.I18n.
 */
(function (root, factory) {
    var chart = factory();
    if (typeof root.define === 'function' && root.define.amd) {
        root.define('smart-triage/forecast-chart', [], function () {
            return chart;
        });
    }
    root.SmartTriageForecastChart = chart;
})(this, function () {
    'use strict';

    var SVG = 'http://www.w3.org/2000/svg';
    var WIDTH = 720;
    var HEIGHT = 320;
    var PLOT = {left: 48, top: 24, right: WIDTH - 12, bottom: HEIGHT - 92};
    var STAFF = {left: 48, top: HEIGHT - 56, right: WIDTH - 12, bottom: HEIGHT - 20};
    var idCounter = 0;

    function text(key, arg0, arg1) {
        switch (key) {
            case 'title':
                return AJS.I18n.getText('smarttriage.gadget.forecast.chart.title', arg0);
            case 'desc':
                return AJS.I18n.getText('smarttriage.gadget.forecast.chart.desc', arg0, arg1);
            case 'descHourly':
                return AJS.I18n.getText('smarttriage.gadget.forecast.chart.desc.hourly', arg0);
            case 'history': return AJS.I18n.getText('smarttriage.gadget.forecast.legend.history');
            case 'forecast': return AJS.I18n.getText('smarttriage.gadget.forecast.legend.forecast');
            case 'band80': return AJS.I18n.getText('smarttriage.gadget.forecast.legend.band80');
            case 'band95': return AJS.I18n.getText('smarttriage.gadget.forecast.legend.band95');
            case 'staffing': return AJS.I18n.getText('smarttriage.gadget.forecast.legend.staffing');
            case 'agentsOn':
                return AJS.I18n.getText('smarttriage.gadget.forecast.agents.on', arg0, arg1);
            case 'yAxis': return AJS.I18n.getText('smarttriage.gadget.forecast.axis.requests');
            case 'table': return AJS.I18n.getText('smarttriage.gadget.forecast.table.caption');
            case 'tableShow': return AJS.I18n.getText('smarttriage.gadget.forecast.table.show');
            case 'colDate': return AJS.I18n.getText('smarttriage.gadget.forecast.table.date');
            case 'colExpected':
                return AJS.I18n.getText('smarttriage.gadget.forecast.table.expected');
            case 'colBand80': return AJS.I18n.getText('smarttriage.gadget.forecast.table.band80');
            case 'colBand95': return AJS.I18n.getText('smarttriage.gadget.forecast.table.band95');
            case 'colAgents': return AJS.I18n.getText('smarttriage.gadget.forecast.table.agents');
            case 'computed': return AJS.I18n.getText('smarttriage.gadget.forecast.computed', arg0);
            case 'NO_FORECAST': return AJS.I18n.getText('smarttriage.gadget.forecast.empty.none');
            case 'NOT_ENOUGH_HISTORY':
                return AJS.I18n.getText('smarttriage.gadget.forecast.empty.history');
            case 'SHORT_HISTORY': return AJS.I18n.getText('smarttriage.gadget.forecast.note.short');
            case 'ASSUMED_INTERVALS':
                return AJS.I18n.getText('smarttriage.gadget.forecast.note.assumed');
            case 'NO_HOLIDAY_HISTORY':
                return AJS.I18n.getText('smarttriage.gadget.forecast.note.holiday');
            default: return key;
        }
    }

    function el(name, attributes, content) {
        var node = document.createElementNS(SVG, name);
        Object.keys(attributes || {}).forEach(function (key) {
            node.setAttribute(key, attributes[key]);
        });
        if (content !== undefined) {
            node.textContent = content;
        }
        return node;
    }

    function html(name, className, content) {
        var node = document.createElement(name);
        if (className) {
            node.className = className;
        }
        if (content !== undefined) {
            node.textContent = content;
        }
        return node;
    }

    function round1(value) {
        return Math.round(value * 10) / 10;
    }

    function niceStep(raw) {
        var magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
        var factors = [1, 2, 5, 10];
        for (var i = 0; i < factors.length; i++) {
            if (factors[i] * magnitude >= raw) {
                return factors[i] * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** Maps point indices and counts onto the plot. */
    function scale(view) {
        var days = view.history.length + view.forecast.length;
        var max = 1;
        view.history.forEach(function (p) { max = Math.max(max, p.count); });
        view.forecast.forEach(function (p) { max = Math.max(max, p.upper95); });
        var step = niceStep(max / 5);
        var top = Math.ceil(max / step) * step;
        var dx = days <= 1 ? PLOT.right - PLOT.left : (PLOT.right - PLOT.left) / (days - 1);
        return {
            step: step,
            top: top,
            dx: dx,
            x: function (i) { return round1(PLOT.left + i * dx); },
            y: function (v) { return round1(PLOT.bottom - (PLOT.bottom - PLOT.top) * v / top); }
        };
    }

    function points(list, s, offset, value) {
        return list.map(function (p, i) {
            return s.x(offset + i) + ',' + s.y(value(p));
        }).join(' ');
    }

    function band(view, s, lowerKey, upperKey) {
        var n = view.history.length;
        var upper = points(view.forecast, s, n, function (p) { return p[upperKey]; });
        var lower = view.forecast.map(function (p, i) {
            return s.x(n + i) + ',' + s.y(p[lowerKey]);
        }).reverse().join(' ');
        return upper + ' ' + lower;
    }

    function axes(svg, view, s) {
        var group = el('g', {'class': 'st-axes', 'aria-hidden': 'true'});
        for (var v = 0; v <= s.top + s.step / 2; v += s.step) {
            group.appendChild(el('line', {x1: PLOT.left, x2: PLOT.right, y1: s.y(v), y2: s.y(v),
                'class': 'st-grid'}));
            group.appendChild(el('text', {x: PLOT.left - 6, y: s.y(v) + 4, 'text-anchor': 'end',
                'class': 'st-tick'}, String(Math.round(v))));
        }
        var all = view.history.concat(view.forecast);
        var every = view.granularity === 'hour' ? 24 : (all.length > 70 ? 14 : 7);
        for (var i = 0; i < all.length; i += every) {
            group.appendChild(el('text', {x: s.x(i), y: PLOT.bottom + 16, 'text-anchor': 'middle',
                'class': 'st-tick st-date'}, all[i].date.substring(0, 10)));
        }
        group.appendChild(el('text', {x: 4, y: PLOT.top + 8, 'class': 'st-axis-label'},
            text('yAxis')));
        svg.appendChild(group);
    }

    function staffing(svg, view, s) {
        var group = el('g', {'class': 'st-staffing'});
        var most = 0;
        view.staffing.forEach(function (p) { most = Math.max(most, p.agents); });
        var width = Math.max(1, s.dx * 0.8);
        var n = view.history.length;
        view.staffing.forEach(function (p, i) {
            var height = most === 0 ? 0 : (STAFF.bottom - STAFF.top) * p.agents / most;
            var bar = el('rect', {x: round1(s.x(n + i) - width / 2),
                y: round1(STAFF.bottom - height), width: round1(width), height: round1(height),
                'class': 'st-staff-bar'});
            bar.appendChild(el('title', {}, text('agentsOn', p.agents, p.date)));
            group.appendChild(bar);
        });
        group.appendChild(el('text', {x: 4, y: STAFF.top - 6, 'class': 'st-axis-label'},
            text('staffing')));
        svg.appendChild(group);
    }

    function legend(view) {
        var list = html('ul', 'st-legend');
        ['history', 'forecast', 'band80', 'band95', 'staffing'].forEach(function (key) {
            if (key === 'history' && view.history.length === 0) {
                return;
            }
            var item = html('li', 'st-legend-' + key);
            item.appendChild(html('span', 'st-swatch st-swatch-' + key));
            item.appendChild(document.createTextNode(text(key)));
            list.appendChild(item);
        });
        return list;
    }

    function mean(forecast) {
        var total = 0;
        forecast.forEach(function (p) { total += p.expected; });
        return forecast.length === 0 ? 0 : round1(total / forecast.length);
    }

    function svgChart(view) {
        var id = 'st-forecast-' + (++idCounter);
        var svg = el('svg', {viewBox: '0 0 ' + WIDTH + ' ' + HEIGHT, role: 'img',
            'aria-labelledby': id + '-title ' + id + '-desc', 'class': 'st-chart',
            preserveAspectRatio: 'xMidYMid meet'});
        svg.appendChild(el('title', {id: id + '-title'}, text('title', view.project)));
        var desc = view.granularity === 'hour'
            ? text('descHourly', view.forecast.length)
            : text('desc', view.forecast.length, mean(view.forecast));
        svg.appendChild(el('desc', {id: id + '-desc'}, desc));
        var s = scale(view);
        axes(svg, view, s);
        var n = view.history.length;
        svg.appendChild(el('polygon', {'class': 'st-band95',
            points: band(view, s, 'lower95', 'upper95')}));
        svg.appendChild(el('polygon', {'class': 'st-band80',
            points: band(view, s, 'lower80', 'upper80')}));
        if (n > 0) {
            svg.appendChild(el('polyline', {'class': 'st-history', fill: 'none',
                points: points(view.history, s, 0, function (p) { return p.count; })}));
        }
        svg.appendChild(el('polyline', {'class': 'st-forecast', fill: 'none',
            points: points(view.forecast, s, n, function (p) { return p.expected; })}));
        staffing(svg, view, s);
        return svg;
    }

    function table(view) {
        var details = html('details', 'st-table');
        details.appendChild(html('summary', null, text('tableShow')));
        var grid = html('table', 'aui');
        grid.appendChild(html('caption', null, text('table')));
        var head = html('tr');
        ['colDate', 'colExpected', 'colBand80', 'colBand95', 'colAgents'].forEach(function (k) {
            var cell = html('th', null, text(k));
            cell.setAttribute('scope', 'col');
            head.appendChild(cell);
        });
        grid.appendChild(html('thead')).appendChild(head);
        var body = grid.appendChild(html('tbody'));
        view.forecast.forEach(function (p, i) {
            var row = html('tr');
            var staff = view.staffing[i];
            [p.date, round1(p.expected), round1(p.lower80) + ' - ' + round1(p.upper80),
                round1(p.lower95) + ' - ' + round1(p.upper95), staff ? staff.agents : '']
                .forEach(function (value) { row.appendChild(html('td', null, String(value))); });
            body.appendChild(row);
        });
        details.appendChild(grid);
        return details;
    }

    /** Draws {@code view} into {@code container}, replacing what was there. */
    function render(container, view) {
        container.textContent = '';
        var figure = html('figure', 'st-forecast st-state-' + view.state.toLowerCase());
        if (view.state !== 'READY') {
            var empty = html('p', 'st-empty', text(view.state));
            empty.setAttribute('role', 'status');
            figure.appendChild(empty);
            container.appendChild(figure);
            return figure;
        }
        figure.appendChild(svgChart(view));
        figure.appendChild(legend(view));
        var notes = html('ul', 'st-notes');
        (view.notes || []).slice().sort().forEach(function (note) {
            notes.appendChild(html('li', null, text(note)));
        });
        figure.appendChild(notes);
        figure.appendChild(html('p', 'st-computed', text('computed', view.computedAt)));
        figure.appendChild(table(view));
        container.appendChild(figure);
        return figure;
    }

    return {render: render, text: text};
});
