/*
 * Smart Triage admin page (AMD module smart-triage/admin-config): loads a project's triage
 * configuration and its measured accuracy of the last 30 days from the app's REST resource, shows
 * them as a form and saves the form with the version it was loaded at. Texts come from the i18n
 * bundle through AJS.I18n.getText; the DOM is built with createElement and textContent only.
 * Loaded values are set as the inputs' defaults, so the form's reset returns to what is stored.
 * Below the form, the agents' availability JSON is shown as stored and saved or removed on its own.
 * Above the picker, the projects with a stored configuration are listed, each with a button that
 * loads it into the form.
 * A bootstrap at the end draws the section into #st-triage-config of admin.vm.
 */
define('smart-triage/admin-config', [], function () {
    'use strict';

    var REST = '/rest/smart-triage/1.0/triage/config/';
    var ACCURACY_DAYS = 30;

    function fieldLabels() {
        return {
            CATEGORY: AJS.I18n.getText('smarttriage.triage.field.category'),
            COMPONENT: AJS.I18n.getText('smarttriage.triage.field.component'),
            PRIORITY: AJS.I18n.getText('smarttriage.triage.field.priority'),
            ASSIGNEE: AJS.I18n.getText('smarttriage.triage.field.assignee')
        };
    }

    var FIELDS = ['CATEGORY', 'COMPONENT', 'PRIORITY', 'ASSIGNEE'];

    function modeOptions() {
        return [
            {value: 'OFF', label: AJS.I18n.getText('smarttriage.mode.off')},
            {value: 'SHADOW', label: AJS.I18n.getText('smarttriage.mode.shadow')},
            {value: 'SUGGEST', label: AJS.I18n.getText('smarttriage.mode.suggest')},
            {value: 'AUTO', label: AJS.I18n.getText('smarttriage.mode.auto')}
        ];
    }

    function strategyOptions() {
        return [
            {value: 'PREDICTED',
                label: AJS.I18n.getText('smarttriage.admin.config.strategy.predicted')},
            {value: 'BALANCED',
                label: AJS.I18n.getText('smarttriage.admin.config.strategy.balanced')},
            {value: 'ROUND_ROBIN',
                label: AJS.I18n.getText('smarttriage.admin.config.strategy.round-robin')}
        ];
    }

    function versionText(project, version) {
        return version > 0
            ? AJS.I18n.getText('smarttriage.admin.config.version', project, version)
            : AJS.I18n.getText('smarttriage.admin.config.unsaved', project);
    }

    function node(tag, className, text) {
        var element = document.createElement(tag);
        if (className) {
            element.className = className;
        }
        if (text !== undefined) {
            element.textContent = text;
        }
        return element;
    }

    function select(id, options, selected) {
        var input = node('select', 'select');
        input.id = id;
        options.forEach(function (option) {
            var item = node('option', '', option.label);
            item.value = option.value;
            item.defaultSelected = option.value === selected;
            input.appendChild(item);
        });
        return input;
    }

    function textInput(id, value, type) {
        var input = node('input', 'text');
        input.id = id;
        input.type = type || 'text';
        input.defaultValue = value === null || value === undefined ? '' : String(value);
        return input;
    }

    function shareInput(id, value) {
        var input = textInput(id, value, 'number');
        input.min = '0';
        input.max = '1';
        input.step = '0.01';
        input.className = 'text short-field';
        return input;
    }

    function checkbox(id, checked) {
        var input = node('input', 'checkbox');
        input.id = id;
        input.type = 'checkbox';
        input.defaultChecked = Boolean(checked);
        return input;
    }

    function labelFor(input, text) {
        var label = node('label', '', text);
        label.setAttribute('for', input.id);
        return label;
    }

    function group(label, input, description) {
        var wrapper = node('div', 'field-group');
        wrapper.appendChild(labelFor(input, label));
        wrapper.appendChild(input);
        if (description) {
            var note = node('div', 'description', description);
            note.id = input.id + '-description';
            input.setAttribute('aria-describedby', note.id);
            wrapper.appendChild(note);
        }
        return wrapper;
    }

    function checkboxGroup(label, input) {
        var wrapper = node('div', 'checkbox');
        wrapper.appendChild(input);
        wrapper.appendChild(labelFor(input, label));
        return wrapper;
    }

    function request(url, options) {
        var init = options || {};
        init.credentials = 'same-origin';
        init.headers = init.headers || {};
        init.headers.Accept = 'application/json';
        return fetch(url, init).then(function (response) {
            return response.text().then(function (text) {
                var body = null;
                try {
                    body = text ? JSON.parse(text) : null;
                } catch (ignored) {
                    body = null;
                }
                return {status: response.status, ok: response.ok, body: body, text: text};
            });
        });
    }

    function errorText(answer, fallback) {
        return answer.body && typeof answer.body.error === 'string' ? answer.body.error
            : fallback;
    }

    function accuracyText(total) {
        if (!total) {
            return AJS.I18n.getText('smarttriage.admin.config.accuracy.none');
        }
        return AJS.I18n.getText('smarttriage.admin.config.accuracy.value',
            Math.round(total.accuracy * 100), total.judged);
    }

    /** The configuration section of the admin page, drawn into {@code element}. */
    function AdminConfig(element) {
        this.element = element;
        this.loaded = null;
    }

    /** Draws the project picker and an empty place for the form and messages. */
    AdminConfig.prototype.start = function () {
        var self = this;
        this.element.textContent = '';
        this.element.appendChild(node('h2', '',
            AJS.I18n.getText('smarttriage.admin.config.heading')));
        this.element.appendChild(node('p', '',
            AJS.I18n.getText('smarttriage.admin.config.intro')));
        this.projects = node('div', 'st-config-projects');
        this.element.appendChild(this.projects);
        var picker = node('form', 'aui st-config-project');
        this.project = textInput('st-config-project', '');
        this.project.required = true;
        var wrapper = group(AJS.I18n.getText('smarttriage.admin.config.project'), this.project);
        var load = node('button', 'aui-button',
            AJS.I18n.getText('smarttriage.admin.config.load'));
        load.type = 'submit';
        wrapper.appendChild(load);
        picker.appendChild(wrapper);
        picker.addEventListener('submit', function (event) {
            event.preventDefault();
            self.load();
        });
        this.element.appendChild(picker);
        this.status = node('div', 'st-config-status');
        this.status.setAttribute('role', 'status');
        this.element.appendChild(this.status);
        this.body = node('div', 'st-config-body');
        this.element.appendChild(this.body);
        this.loadProjects();
    };

    /** Loads the projects with a stored configuration and draws them above the picker. */
    AdminConfig.prototype.loadProjects = function () {
        var self = this;
        var place = this.projects;
        return request(AJS.contextPath() + REST.replace(/\/$/, ''))
            .then(function (answer) {
                if (!answer.ok || !Array.isArray(answer.body)) {
                    sayIn(place, 'error', errorText(answer, AJS.I18n.getText(
                        'smarttriage.admin.config.projects.error', answer.status)));
                    return;
                }
                self.showProjects(answer.body);
            })
            .catch(function () {
                sayIn(place, 'error',
                    AJS.I18n.getText('smarttriage.admin.config.projects.error', 0));
            });
    };

    /** Draws {@code list} as a table, one row per project with a button that loads it. */
    AdminConfig.prototype.showProjects = function (list) {
        var self = this;
        var place = this.projects;
        place.textContent = '';
        if (list.length === 0) {
            place.appendChild(node('p', 'st-config-projects-empty',
                AJS.I18n.getText('smarttriage.admin.config.projects.empty')));
            return;
        }
        var labels = fieldLabels();
        var modes = {};
        modeOptions().forEach(function (option) {
            modes[option.value] = option.label;
        });
        var table = node('table', 'aui st-config-projects-table');
        table.appendChild(node('caption', '',
            AJS.I18n.getText('smarttriage.admin.config.projects')));
        var head = node('tr');
        [AJS.I18n.getText('smarttriage.admin.config.projects.key'),
            AJS.I18n.getText('smarttriage.admin.config.projects.enabled')]
            .concat(FIELDS.map(function (field) {
                return labels[field];
            }))
            .concat([AJS.I18n.getText('smarttriage.admin.config.projects.action')])
            .forEach(function (text) {
                var cell = node('th', '', text);
                cell.scope = 'col';
                head.appendChild(cell);
            });
        var thead = node('thead');
        thead.appendChild(head);
        table.appendChild(thead);
        var tbody = node('tbody');
        list.forEach(function (project) {
            var key = String(project.projectKey);
            var row = node('tr');
            row.setAttribute('data-project', key);
            var name = node('th', 'st-config-projects-key', key);
            name.scope = 'row';
            if (!project.known) {
                row.className = 'st-config-projects-gone';
                name.appendChild(node('span', 'st-config-projects-unknown',
                    ' ' + AJS.I18n.getText('smarttriage.admin.config.projects.unknown')));
            }
            row.appendChild(name);
            row.appendChild(node('td', 'st-config-projects-enabled', project.enabled
                ? AJS.I18n.getText('smarttriage.admin.config.projects.enabled.yes')
                : AJS.I18n.getText('smarttriage.admin.config.projects.enabled.no')));
            FIELDS.forEach(function (field) {
                var mode = (project.modes && project.modes[field]) || '';
                var cell = node('td', 'st-config-projects-mode', modes[mode] || mode);
                cell.setAttribute('data-mode', mode);
                row.appendChild(cell);
            });
            var action = node('td');
            var load = node('button', 'aui-button st-config-projects-load',
                AJS.I18n.getText('smarttriage.admin.config.load'));
            load.type = 'button';
            load.setAttribute('aria-label',
                AJS.I18n.getText('smarttriage.admin.config.projects.load', key));
            load.disabled = !project.known;
            load.addEventListener('click', function () {
                self.load(key);
            });
            action.appendChild(load);
            row.appendChild(action);
            tbody.appendChild(row);
        });
        table.appendChild(tbody);
        place.appendChild(table);
    };

    /** Shows a message; {@code reload} adds a button that loads the project again. */
    AdminConfig.prototype.say = function (className, text, reload) {
        var self = this;
        this.status.textContent = '';
        if (!text) {
            return;
        }
        var message = node('div', 'aui-message ' + className);
        message.appendChild(node('p', 'st-config-message', text));
        if (reload) {
            var button = node('button', 'aui-button st-config-reload',
                AJS.I18n.getText('smarttriage.admin.config.reload'));
            button.type = 'button';
            button.addEventListener('click', function () {
                self.load(reload);
            });
            message.appendChild(button);
        }
        this.status.appendChild(message);
    };

    /** Loads the configuration and accuracy of the typed project (or {@code key}). */
    AdminConfig.prototype.load = function (key) {
        var self = this;
        var project = (key || this.project.value).trim().toUpperCase();
        this.body.textContent = '';
        this.loaded = null;
        if (!project) {
            this.say('error', AJS.I18n.getText('smarttriage.admin.config.error.project'));
            return Promise.resolve();
        }
        this.project.value = project;
        this.say('info', AJS.I18n.getText('smarttriage.admin.config.loading', project));
        var base = AJS.contextPath() + REST + encodeURIComponent(project);
        var accuracy = request(base + '/accuracy?days=' + ACCURACY_DAYS)
            .then(function (answer) {
                return answer.ok && answer.body ? answer.body : null;
            })
            .catch(function () {
                return null;
            });
        var availability = request(base + '/availability')
            .catch(function () {
                return {status: 0, ok: false, body: null, text: ''};
            });
        return Promise.all([request(base), accuracy, availability])
            .then(function (answers) {
                var config = answers[0];
                if (!config.ok || !config.body) {
                    self.say('error', errorText(config, AJS.I18n.getText(
                        'smarttriage.admin.config.error.load', config.status)));
                    return;
                }
                self.say('', '');
                self.show(project, config.body, answers[1]);
                self.showAvailability(project, answers[2]);
            })
            .catch(function () {
                self.say('error', AJS.I18n.getText('smarttriage.admin.config.error.load', 0));
            });
    };

    /** Draws the form for {@code config}, with the accuracy totals beside each field. */
    AdminConfig.prototype.show = function (project, config, accuracy) {
        var self = this;
        var labels = fieldLabels();
        var totals = {};
        ((accuracy && accuracy.fields) || []).forEach(function (total) {
            totals[total.field] = total;
        });
        this.loaded = {project: project, version: config.version};
        var form = node('form', 'aui st-config-form');
        form.appendChild(node('p', 'st-config-version',
            versionText(project, config.version)));
        var enabled = checkbox('st-config-enabled', config.enabled);
        form.appendChild(checkboxGroup(
            AJS.I18n.getText('smarttriage.admin.config.enabled'), enabled));

        var table = node('table', 'aui st-config-fields');
        table.appendChild(node('caption', '',
            AJS.I18n.getText('smarttriage.admin.config.fields')));
        var head = node('tr');
        [['field', AJS.I18n.getText('smarttriage.admin.config.field')],
            ['mode', AJS.I18n.getText('smarttriage.admin.config.mode')],
            ['threshold', AJS.I18n.getText('smarttriage.admin.config.threshold')],
            ['precision', AJS.I18n.getText('smarttriage.admin.config.precision')],
            ['accuracy', AJS.I18n.getText('smarttriage.admin.config.accuracy')]]
            .forEach(function (column) {
                var cell = node('th', '', column[1]);
                cell.scope = 'col';
                cell.id = 'st-config-head-' + column[0];
                head.appendChild(cell);
            });
        var thead = node('thead');
        thead.appendChild(head);
        table.appendChild(thead);
        var tbody = node('tbody');
        var inputs = {};
        FIELDS.forEach(function (field) {
            var settings = (config.fields && config.fields[field]) || {};
            var id = 'st-config-' + field.toLowerCase();
            var row = node('tr');
            row.setAttribute('data-field', field);
            var name = node('th', '', labels[field]);
            name.scope = 'row';
            name.id = id + '-name';
            row.appendChild(name);
            var mode = select(id + '-mode', modeOptions(), settings.mode || 'SHADOW');
            var threshold = shareInput(id + '-threshold', settings.threshold);
            var precision = shareInput(id + '-precision', settings.precisionTarget);
            [[mode, 'mode'], [threshold, 'threshold'], [precision, 'precision']]
                .forEach(function (pair) {
                    pair[0].setAttribute('aria-labelledby',
                        name.id + ' st-config-head-' + pair[1]);
                    var cell = node('td');
                    cell.appendChild(pair[0]);
                    row.appendChild(cell);
                });
            row.appendChild(node('td', 'st-config-accuracy', accuracy
                ? accuracyText(totals[field])
                : AJS.I18n.getText('smarttriage.admin.config.accuracy.unavailable')));
            tbody.appendChild(row);
            inputs[field] = {mode: mode, threshold: threshold, precision: precision};
        });
        table.appendChild(tbody);
        form.appendChild(table);

        var automation = textInput('st-config-automation', config.automationUserKey);
        form.appendChild(group(AJS.I18n.getText('smarttriage.admin.config.automation'),
            automation, AJS.I18n.getText('smarttriage.admin.config.automation.description')));
        var pool = node('textarea', 'textarea');
        pool.id = 'st-config-pool';
        pool.rows = 5;
        pool.defaultValue = (config.agentPool || []).join('\n');
        form.appendChild(group(AJS.I18n.getText('smarttriage.admin.config.pool'), pool));
        var strategy = select('st-config-strategy', strategyOptions(),
            config.assignmentStrategy || 'PREDICTED');
        form.appendChild(group(AJS.I18n.getText('smarttriage.admin.config.strategy'),
            strategy));
        var notice = checkbox('st-config-notice', config.customerNotice);
        form.appendChild(checkboxGroup(
            AJS.I18n.getText('smarttriage.admin.config.notice'), notice));

        var buttons = node('div', 'buttons-container');
        var save = node('button', 'aui-button aui-button-primary',
            AJS.I18n.getText('smarttriage.admin.config.save'));
        save.type = 'submit';
        buttons.appendChild(save);
        form.appendChild(buttons);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.save({enabled: enabled, fields: inputs, automation: automation, pool: pool,
                strategy: strategy, notice: notice}, save);
        });
        this.body.textContent = '';
        this.body.appendChild(form);
    };

    /** Shows a message in the availability section's own status place. */
    function sayIn(place, className, text) {
        place.textContent = '';
        var message = node('div', 'aui-message ' + className);
        message.appendChild(node('p', 'st-config-message', text));
        place.appendChild(message);
    }

    /** Draws the availability section below the form, with the JSON {@code answer} holds. */
    AdminConfig.prototype.showAvailability = function (project, answer) {
        var self = this;
        var form = node('form', 'aui st-availability-form');
        form.appendChild(node('h3', '',
            AJS.I18n.getText('smarttriage.admin.config.availability')));
        var json = node('textarea', 'textarea st-availability-json');
        json.id = 'st-availability-json';
        json.rows = 10;
        json.spellcheck = false;
        json.defaultValue = answer.status === 200 ? answer.text : '';
        form.appendChild(group(AJS.I18n.getText('smarttriage.admin.config.availability.json'),
            json, AJS.I18n.getText('smarttriage.admin.config.availability.hint')));
        var buttons = node('div', 'buttons-container');
        var save = node('button', 'aui-button st-availability-save',
            AJS.I18n.getText('smarttriage.admin.config.availability.save'));
        save.type = 'submit';
        var remove = node('button', 'aui-button st-availability-remove',
            AJS.I18n.getText('smarttriage.admin.config.availability.remove'));
        remove.type = 'button';
        buttons.appendChild(save);
        buttons.appendChild(remove);
        form.appendChild(buttons);
        var status = node('div', 'st-availability-status');
        status.setAttribute('role', 'status');
        form.appendChild(status);
        if (answer.status !== 200 && answer.status !== 204) {
            sayIn(status, 'error', errorText(answer, AJS.I18n.getText(
                'smarttriage.admin.config.availability.error.load', answer.status)));
        }
        var section = {project: project, json: json, status: status,
            buttons: [save, remove]};
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.saveAvailability(section);
        });
        remove.addEventListener('click', function () {
            if (window.confirm(AJS.I18n.getText(
                'smarttriage.admin.config.availability.confirm', project))) {
                self.removeAvailability(section);
            }
        });
        this.body.appendChild(form);
    };

    /** Sends {@code method} to the availability resource and shows the answer in the section. */
    function changeAvailability(section, method, body, done) {
        var url = AJS.contextPath() + REST + encodeURIComponent(section.project)
            + '/availability';
        var headers = {'X-Atlassian-Token': 'no-check'};
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
        }
        section.buttons.forEach(function (button) {
            button.disabled = true;
        });
        return request(url, {method: method, body: body, headers: headers})
            .then(function (answer) {
                if (answer.ok) {
                    done();
                    return;
                }
                sayIn(section.status, 'error', errorText(answer, AJS.I18n.getText(
                    'smarttriage.admin.config.availability.error.save', answer.status)));
            })
            .catch(function () {
                sayIn(section.status, 'error', AJS.I18n.getText(
                    'smarttriage.admin.config.availability.error.save', 0));
            })
            .then(function () {
                section.buttons.forEach(function (button) {
                    button.disabled = false;
                });
            });
    }

    /** Stores the typed availability JSON of the section's project. */
    AdminConfig.prototype.saveAvailability = function (section) {
        var text = section.json.value;
        return changeAvailability(section, 'PUT', text, function () {
            section.json.defaultValue = text;
            sayIn(section.status, 'success', AJS.I18n.getText(
                'smarttriage.admin.config.availability.saved', section.project));
        });
    };

    /** Removes the availability of the section's project and empties the text area. */
    AdminConfig.prototype.removeAvailability = function (section) {
        return changeAvailability(section, 'DELETE', undefined, function () {
            section.json.defaultValue = '';
            section.json.value = '';
            sayIn(section.status, 'success', AJS.I18n.getText(
                'smarttriage.admin.config.availability.removed', section.project));
        });
    };

    /** Returns the share typed in {@code input}: null when empty; throws when not 0 to 1. */
    function share(input, field, name) {
        var raw = input.value.trim();
        if (raw === '' && !(input.validity && input.validity.badInput)) {
            return null;
        }
        var value = Number(raw);
        if (raw === '' || !isFinite(value) || value < 0 || value > 1) {
            throw new Error(AJS.I18n.getText('smarttriage.admin.config.error.share',
                field, name, raw));
        }
        return value;
    }

    /** Sends the form as the project's configuration, with the version it was loaded at. */
    AdminConfig.prototype.save = function (form, button) {
        var self = this;
        var loaded = this.loaded;
        var labels = fieldLabels();
        var body;
        try {
            var fields = {};
            FIELDS.forEach(function (field) {
                var inputs = form.fields[field];
                fields[field] = {
                    mode: inputs.mode.value,
                    threshold: share(inputs.threshold, labels[field],
                        AJS.I18n.getText('smarttriage.admin.config.threshold')),
                    precisionTarget: share(inputs.precision, labels[field],
                        AJS.I18n.getText('smarttriage.admin.config.precision'))
                };
            });
            var automation = form.automation.value.trim();
            body = {
                projectKey: loaded.project,
                enabled: form.enabled.checked,
                fields: fields,
                automationUserKey: automation === '' ? null : automation,
                agentPool: form.pool.value.split('\n').map(function (line) {
                    return line.trim();
                }).filter(function (line) {
                    return line !== '';
                }),
                assignmentStrategy: form.strategy.value,
                customerNotice: form.notice.checked,
                version: loaded.version
            };
        } catch (invalid) {
            this.say('error', invalid.message);
            return Promise.resolve();
        }
        button.disabled = true;
        var url = AJS.contextPath() + REST + encodeURIComponent(loaded.project);
        return request(url, {method: 'PUT', body: JSON.stringify(body),
            headers: {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'}})
            .then(function (answer) {
                if (answer.ok && answer.body) {
                    loaded.version = answer.body.version;
                    self.element.querySelector('.st-config-version').textContent =
                        versionText(loaded.project, answer.body.version);
                    self.say('success', AJS.I18n.getText('smarttriage.admin.config.saved',
                        loaded.project, answer.body.version));
                    self.loadProjects();
                    return;
                }
                var text = errorText(answer, AJS.I18n.getText(
                    'smarttriage.admin.config.error.save', answer.status));
                self.say('error', text, answer.status === 409 ? loaded.project : null);
            })
            .catch(function () {
                self.say('error', AJS.I18n.getText('smarttriage.admin.config.error.save', 0));
            })
            .then(function () {
                button.disabled = false;
            });
    };

    return AdminConfig;
});

require(['smart-triage/admin-config'], function (AdminConfig) {
    'use strict';
    AJS.toInit(function () {
        var element = document.getElementById('st-triage-config');
        if (element) {
            new AdminConfig(element).start();
        }
    });
});
