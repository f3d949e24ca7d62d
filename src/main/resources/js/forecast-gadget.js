/*
 * Smart Triage workload forecast dashboard item (AMD module smart-triage/forecast-gadget): reads
 * the stored forecast from the app's REST resource and hands it to forecast-chart.js. Preferences
 * (project, horizon, granularity and an optional category, an issue type the nightly job
 * forecasts on its own) are saved with the dashboard through API.savePreferences. In the settings,
 * the category is chosen from the project's stored categories, or typed when they cannot be read.
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

    var REST = '/rest/smart-triage/1.0/forecast/';

    function url(preferences) {
        return AJS.contextPath() + REST
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

    function categoriesUrl(project) {
        return AJS.contextPath() + REST + encodeURIComponent(project) + '/categories';
    }

    function textInput(id, value) {
        var input = document.createElement('input');
        input.id = id;
        input.className = 'text';
        input.value = value;
        return input;
    }

    /**
     * The category field: a text input until the project's stored categories load, then a select
     * whose empty option is the project total. A category saved earlier but not stored now stays
     * selectable. When the list cannot be read, the text input stays, with a note.
     */
    function CategoryField(form, id, saved) {
        this.id = id;
        this.input = textInput(id, saved);
        this.loads = 0;
        field(form, AJS.I18n.getText('smarttriage.gadget.forecast.edit.category'), this.input);
        this.wrapper = this.input.parentNode;
        this.note = document.createElement('div');
        this.note.className = 'description';
        this.note.id = id + '-note';
        this.wrapper.appendChild(this.note);
    }

    CategoryField.prototype.value = function () {
        return this.input.value.trim();
    };

    CategoryField.prototype.show = function (input, note) {
        if (input !== this.input) {
            this.wrapper.replaceChild(input, this.input);
            this.input = input;
        }
        this.note.textContent = note;
        if (note) {
            input.setAttribute('aria-describedby', this.note.id);
        } else {
            input.removeAttribute('aria-describedby');
        }
    };

    CategoryField.prototype.fallBack = function () {
        var input = this.input.tagName === 'SELECT' ? textInput(this.id, this.value())
            : this.input;
        this.show(input, AJS.I18n.getText('smarttriage.gadget.forecast.edit.category.unavailable'));
    };

    CategoryField.prototype.offer = function (names) {
        var current = this.value();
        var options = [{value: '',
            label: AJS.I18n.getText('smarttriage.gadget.forecast.edit.category.total')}];
        names.forEach(function (name) {
            options.push({value: name, label: name});
        });
        if (current && names.indexOf(current) < 0) {
            options.push({value: current,
                label: AJS.I18n.getText('smarttriage.gadget.forecast.edit.category.missing',
                    current)});
        }
        this.show(select(this.id, options, current), '');
    };

    /** Loads the categories of {@code project}; a later load wins over an earlier one. */
    CategoryField.prototype.load = function (project) {
        var self = this;
        var load = ++this.loads;
        if (!project) {
            return Promise.resolve();
        }
        return fetch(categoriesUrl(project), {credentials: 'same-origin',
            headers: {Accept: 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.json();
            })
            .then(function (body) {
                if (!body || !Array.isArray(body.categories)) {
                    throw new Error('no category list');
                }
                if (load === self.loads) {
                    self.offer(body.categories.map(String));
                }
            })
            .catch(function () {
                if (load === self.loads) {
                    self.fallBack();
                }
            });
    };

    /**
     * Draws the settings form; returns a promise settled once the category field shows the first
     * project's list or has fallen back to text.
     */
    ForecastGadget.prototype.renderEdit = function (context, preferences) {
        var element = elementOf(context);
        var api = this.API;
        var prefs = preferences || {};
        var prefix = 'st-forecast-edit-' + Math.random().toString(36).slice(2);
        var form = document.createElement('form');
        form.className = 'aui st-forecast-edit';
        var project = textInput(prefix + '-project', prefs.project || '');
        project.required = true;
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
        var category = new CategoryField(form, prefix + '-category', prefs.category || '');
        project.addEventListener('change', function () {
            category.load(project.value.trim().toUpperCase()).then(function () {
                api.resize();
            });
        });
        var save = document.createElement('button');
        save.type = 'submit';
        save.className = 'aui-button aui-button-primary';
        save.textContent = AJS.I18n.getText('smarttriage.gadget.forecast.edit.save');
        form.appendChild(save);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            api.savePreferences({project: project.value.trim().toUpperCase(),
                horizon: horizon.value, granularity: granularity.value,
                category: category.value()});
        });
        element.textContent = '';
        element.appendChild(form);
        return category.load((prefs.project || '').trim().toUpperCase()).then(function () {
            api.resize();
        });
    };

    return ForecastGadget;
});
