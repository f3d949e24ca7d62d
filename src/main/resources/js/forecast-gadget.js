/*
 * Smart Triage workload forecast dashboard item (AMD module smart-triage/forecast-gadget): reads
 * the stored forecast from the app's REST resource and hands it to forecast-chart.js. Preferences
 * (project, horizon, granularity and an optional category, an issue type the nightly job
 * forecasts on its own) are saved with the dashboard through API.savePreferences.
 */
define('smart-triage/forecast-gadget', ['smart-triage/forecast-chart'], function (chart) {
    'use strict';

    var HORIZONS = [7, 14, 28, 56];

    function elementOf(context) {
        return context && context.jquery ? context[0] : context;
    }

    function message(element, className, content) {
        element.textContent = '';
        var node = document.createElement('p');
        node.className = className;
        node.setAttribute('role', 'status');
        node.textContent = content;
        element.appendChild(node);
    }

    function url(preferences) {
        return AJS.contextPath() + '/rest/smart-triage/1.0/forecast/'
            + encodeURIComponent(preferences.project)
            + '?horizon=' + encodeURIComponent(preferences.horizon || 28)
            + '&granularity=' + encodeURIComponent(preferences.granularity || 'day')
            + (preferences.category
                ? '&category=' + encodeURIComponent(preferences.category) : '');
    }

    /** The dashboard item; the dashboard creates it with its API and options. */
    function ForecastGadget(API) {
        this.API = API;
    }

    ForecastGadget.prototype.render = function (context, preferences) {
        var element = elementOf(context);
        var api = this.API;
        if (!preferences || !preferences.project) {
            message(element, 'st-unconfigured',
                AJS.I18n.getText('smarttriage.gadget.forecast.unconfigured'));
            return;
        }
        api.showLoadingBar();
        fetch(url(preferences), {credentials: 'same-origin',
            headers: {Accept: 'application/json'}})
            .then(function (response) {
                if (response.status === 404) {
                    throw new Error(AJS.I18n.getText('smarttriage.gadget.forecast.error.project',
                        preferences.project));
                }
                if (!response.ok) {
                    throw new Error(AJS.I18n.getText('smarttriage.gadget.forecast.error.load',
                        response.status));
                }
                return response.json();
            })
            .then(function (view) {
                chart.render(element, view);
            })
            .catch(function (error) {
                message(element, 'st-error', error.message);
            })
            .then(function () {
                api.hideLoadingBar();
                api.resize();
            });
    };

    function field(form, label, input) {
        var wrapper = document.createElement('div');
        wrapper.className = 'field-group';
        var caption = document.createElement('label');
        caption.setAttribute('for', input.id);
        caption.textContent = label;
        wrapper.appendChild(caption);
        wrapper.appendChild(input);
        form.appendChild(wrapper);
    }

    function select(id, options, selected) {
        var input = document.createElement('select');
        input.id = id;
        input.className = 'select';
        options.forEach(function (option) {
            var node = document.createElement('option');
            node.value = String(option.value);
            node.textContent = option.label;
            node.selected = String(option.value) === String(selected);
            input.appendChild(node);
        });
        return input;
    }

    ForecastGadget.prototype.renderEdit = function (context, preferences) {
        var element = elementOf(context);
        var api = this.API;
        var prefs = preferences || {};
        var prefix = 'st-forecast-edit-' + Math.random().toString(36).slice(2);
        var form = document.createElement('form');
        form.className = 'aui st-forecast-edit';
        var project = document.createElement('input');
        project.id = prefix + '-project';
        project.className = 'text';
        project.required = true;
        project.value = prefs.project || '';
        field(form, AJS.I18n.getText('smarttriage.gadget.forecast.edit.project'), project);
        var horizon = select(prefix + '-horizon', HORIZONS.map(function (days) {
            return {value: days,
                label: AJS.I18n.getText('smarttriage.gadget.forecast.edit.horizon.days', days)};
        }), prefs.horizon || 28);
        field(form, AJS.I18n.getText('smarttriage.gadget.forecast.edit.horizon'), horizon);
        var granularity = select(prefix + '-granularity', [
            {value: 'day', label: AJS.I18n.getText('smarttriage.gadget.forecast.edit.day')},
            {value: 'hour', label: AJS.I18n.getText('smarttriage.gadget.forecast.edit.hour')}
        ], prefs.granularity || 'day');
        field(form, AJS.I18n.getText('smarttriage.gadget.forecast.edit.granularity'),
            granularity);
        var category = document.createElement('input');
        category.id = prefix + '-category';
        category.className = 'text';
        category.value = prefs.category || '';
        field(form, AJS.I18n.getText('smarttriage.gadget.forecast.edit.category'), category);
        var save = document.createElement('button');
        save.type = 'submit';
        save.className = 'aui-button aui-button-primary';
        save.textContent = AJS.I18n.getText('smarttriage.gadget.forecast.edit.save');
        form.appendChild(save);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            api.savePreferences({project: project.value.trim().toUpperCase(),
                horizon: horizon.value, granularity: granularity.value,
                category: category.value.trim()});
        });
        element.textContent = '';
        element.appendChild(form);
    };

    return ForecastGadget;
});
