// Kafelot, on its own page (/kafelot) and in the floating widget of every other page. Both ask
// /api/chat with the recent conversation and show the answer as it streams (Server-Sent Events
// over a POST, read with fetch), then its sources, the molecules it names (drawn), coffees to try
// with "Add to cart", and, for a request to brew, a recipe card with "Send to my machine" that
// creates the command only after the person confirms.
// The conversation lives in this tab's sessionStorage, shared by the page and the widget. Signed
// in, the server also keeps it (conversation_id): the page lists past conversations to reopen.
(function () {
    "use strict";
    var STORE = "kafelot.conversation";
    var CONVERSATION = "kafelot.conversationId";
    var OWNER = "kafelot.owner";
    var OPEN = "kafelot.widgetOpen";
    // What goes back to the server with a question: the recent turns, within /api/chat's limits.
    var SENT_TURNS = 20;
    var SENT_CHARACTERS = 10000;

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    }

    function Kafelot(root) {
        var api = root.getAttribute("data-api");
        var home = api.replace(/api\/$/, "");
        var signedIn = root.getAttribute("data-user") !== "";
        var list = root.querySelector(".conversation");
        var form = root.querySelector("form.ask");
        var question = form.querySelector("textarea");
        var model = form.querySelector("select[name=model]");
        var send = form.querySelector(".send");
        var history = root.querySelector(".history");

        // Another person signed in (or out) in this tab: their conversation is not this one's.
        if (sessionStorage.getItem(OWNER) !== root.getAttribute("data-user")) {
            sessionStorage.removeItem(STORE);
            sessionStorage.removeItem(CONVERSATION);
            sessionStorage.setItem(OWNER, root.getAttribute("data-user"));
        }
        var messages = JSON.parse(sessionStorage.getItem(STORE) || "[]");

        function remember() {
            sessionStorage.setItem(STORE, JSON.stringify(messages));
        }

        function link(url) {
            return url.charAt(0) === "/" ? home + url.substring(1) : url;
        }

        function bubble(role, text) {
            var item = element("li", "turn " + role);
            item.appendChild(element("p", "words", text));
            list.appendChild(item);
            item.scrollIntoView({block: "end"});
            return item;
        }

        function showSources(item, sources, note) {
            if (note) {
                item.appendChild(element("p", "note", note));
            }
            if (!sources || sources.length === 0) {
                return;
            }
            var block = element("div", "sources");
            block.appendChild(element("span", "sources-title", "Sources"));
            var links = element("ul");
            sources.forEach(function (source) {
                var entry = element("li");
                var anchor = element("a", null, source.title);
                anchor.href = link(source.url);
                entry.appendChild(anchor);
                links.appendChild(entry);
            });
            block.appendChild(links);
            item.appendChild(block);
        }

        function showMolecules(item, molecules) {
            if (!molecules || molecules.length === 0) {
                return;
            }
            var block = element("div", "molecules");
            molecules.forEach(function (molecule) {
                var figure = element("figure", "molecule");
                var drawing = element("img");
                drawing.src = link(molecule.structure_svg);
                drawing.alt = "Structure of " + molecule.display_name;
                drawing.width = 160;
                drawing.height = 120;
                figure.appendChild(drawing);
                figure.appendChild(element("figcaption", null, molecule.display_name + " · " + molecule.formula + " · "
                        + molecule.molar_mass.toFixed(2) + " g/mol"));
                block.appendChild(figure);
            });
            item.appendChild(block);
        }

        function updateCartBadge(count) {
            document.querySelectorAll(".cart-count").forEach(function (badge) {
                badge.textContent = String(count);
            });
        }

        function showRecommendations(item, picks) {
            if (!picks || picks.length === 0) {
                return;
            }
            var cards = element("ul", "picks");
            picks.forEach(function (pick) {
                var card = element("li", "pick");
                var name = element("a", "pick-name", pick.coffee.name + " · intensity " + pick.coffee.intensity);
                name.href = link(pick.coffee.url);
                card.appendChild(name);
                card.appendChild(element("p", "why", pick.why.join(" ")));
                if (pick.tasting_notes) {
                    card.appendChild(element("p", "tasting", pick.tasting_notes));
                }
                if (pick.brewing) {
                    var recipe = pick.brewing.recipe;
                    card.appendChild(element("p", "serving", "Brew as " + pick.brewing.cup.replace("_", " ") + ": " + recipe.volume_ml
                            + " ml at " + recipe.temperature_c + " °C. " + pick.pairing));
                }
                var add = element("button", "button add-to-cart", "Add to cart");
                add.type = "button";
                add.addEventListener("click", function () {
                    add.disabled = true;
                    fetch(api + "cart/lines", {method: "POST", headers: {"Content-Type": "application/json"},
                            body: JSON.stringify(pick.add_to_cart), credentials: "same-origin"})
                        .then(function (response) {
                            return response.json().then(function (body) {
                                if (!response.ok) {
                                    throw new Error(body.detail || body.title);
                                }
                                add.textContent = "Added to your cart";
                                updateCartBadge(body.count);
                            });
                        })
                        .catch(function (error) {
                            add.disabled = false;
                            add.textContent = "Add to cart";
                            card.appendChild(element("p", "note", "Not added: " + error.message));
                        });
                });
                card.appendChild(add);
                cards.appendChild(card);
            });
            item.appendChild(cards);
        }

        function showAnswer(item, reply) {
            showSources(item, reply.sources, reply.note);
            showMolecules(item, reply.molecules);
            showRecommendations(item, reply.recommendations);
        }

        function render() {
            list.innerHTML = "";
            messages.forEach(function (message) {
                var item = bubble(message.role, message.content);
                if (message.role === "assistant") {
                    showAnswer(item, message);
                }
            });
        }

        // The turns sent with a question: the newest that fit, starting with a question.
        function recentTurns() {
            var sent = [];
            var characters = 0;
            for (var i = messages.length - 1; i >= 0 && sent.length < SENT_TURNS; i--) {
                characters += messages[i].content.length;
                if (characters > SENT_CHARACTERS && sent.length > 0) {
                    break;
                }
                sent.unshift({role: messages[i].role, content: messages[i].content});
            }
            while (sent.length > 1 && sent[0].role !== "user") {
                sent.shift();
            }
            return sent;
        }

        // Reads "event: x / data: y" blocks from a streamed response body.
        function readEvents(response, onEvent) {
            var reader = response.body.getReader();
            var decoder = new TextDecoder();
            var buffer = "";
            function pump() {
                return reader.read().then(function (chunk) {
                    if (chunk.done) {
                        return;
                    }
                    buffer += decoder.decode(chunk.value, {stream: true});
                    var end;
                    while ((end = buffer.indexOf("\n\n")) >= 0) {
                        var block = buffer.substring(0, end);
                        buffer = buffer.substring(end + 2);
                        var name = "message";
                        var data = [];
                        block.split("\n").forEach(function (line) {
                            if (line.indexOf("event:") === 0) {
                                name = line.substring(6).trim();
                            } else if (line.indexOf("data:") === 0) {
                                data.push(line.substring(line.charAt(5) === " " ? 6 : 5));
                            }
                        });
                        onEvent(name, data.join("\n"));
                    }
                    return pump();
                });
            }
            return pump();
        }

        function ask(text) {
            messages.push({role: "user", content: text});
            remember();
            bubble("user", text);
            var answer = bubble("assistant", "");
            var words = answer.querySelector(".words");
            answer.setAttribute("data-state", "streaming");
            var pieces = 0;
            send.disabled = true;
            var body = {model: model ? model.value : "auto", messages: recentTurns()};
            var conversation = sessionStorage.getItem(CONVERSATION);
            if (signedIn && conversation) {
                body.conversation_id = Number(conversation);
            }
            fetch(api + "chat", {method: "POST", headers: {"Content-Type": "application/json", "Accept": "text/event-stream"},
                    body: JSON.stringify(body), credentials: "same-origin"})
                .then(function (response) {
                    if (!response.ok) {
                        return response.json().then(function (problem) { throw new Error(problem.detail || problem.title); });
                    }
                    return readEvents(response, function (name, data) {
                        if (name === "token") {
                            words.textContent += data;
                            answer.setAttribute("data-pieces", String(++pieces));
                        } else if (name === "done") {
                            var reply = JSON.parse(data);
                            words.textContent = reply.response;
                            answer.setAttribute("data-state", "done");
                            answer.setAttribute("data-model", reply.model);
                            showAnswer(answer, reply);
                            messages.push({role: "assistant", content: reply.response, sources: reply.sources, note: reply.note,
                                molecules: reply.molecules, recommendations: reply.recommendations});
                            remember();
                            if (reply.conversation_id) {
                                sessionStorage.setItem(CONVERSATION, String(reply.conversation_id));
                                refreshHistory();
                            }
                        } else if (name === "error") {
                            throw new Error(data);
                        }
                    });
                })
                .catch(function (error) {
                    answer.setAttribute("data-state", "error");
                    words.textContent = "Kafelot could not answer: " + error.message;
                    messages.pop();
                    remember();
                })
                .then(function () {
                    send.disabled = false;
                });
            offerRecipe(text);
        }

        // A request to brew: the recipe for the person's machine, sent only when they confirm.
        function offerRecipe(text) {
            fetch(api + "brew/parse", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify({text: text}),
                    credentials: "same-origin"})
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (parsed) {
                    if (!parsed || parsed.no_command) {
                        return;
                    }
                    var card = element("li", "turn recipe");
                    var recipe = parsed.recipe;
                    card.appendChild(element("p", "words", "Recipe: " + recipe.capsule_variant.replace("_", " ") + ", " + recipe.volume_ml
                            + " ml at " + recipe.temperature_c + " °C, " + recipe.pre_infusion_ms + " ms pre-infusion"
                            + (parsed.capsule ? " with " + parsed.capsule.name : "") + "."));
                    (parsed.notes || []).forEach(function (note) { card.appendChild(element("p", "note", note)); });
                    if (parsed.command) {
                        var button = element("button", "button primary send-to-machine", "Send to my machine");
                        button.type = "button";
                        button.addEventListener("click", function () {
                            if (!window.confirm("Brew this on your machine now?")) {
                                return;
                            }
                            var command = Object.assign({execute_allowed: true, meta: {source: "kafelot"}}, parsed.command);
                            fetch(api + "commands/create", {method: "POST", headers: {"Content-Type": "application/json"},
                                    body: JSON.stringify(command), credentials: "same-origin"})
                                .then(function (response) {
                                    button.disabled = true;
                                    button.textContent = response.ok ? "Sent to your machine" : "Could not send (" + response.status + ")";
                                });
                        });
                        card.appendChild(button);
                    }
                    list.appendChild(card);
                });
        }

        // Signed in, on the page: past conversations to reopen or delete.
        function refreshHistory() {
            if (!history || !signedIn) {
                return;
            }
            fetch(api + "chat/conversations", {credentials: "same-origin"})
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (conversations) {
                    var entries = history.querySelector("ul");
                    entries.innerHTML = "";
                    history.hidden = conversations.length === 0;
                    var current = sessionStorage.getItem(CONVERSATION);
                    conversations.forEach(function (conversation) {
                        var entry = element("li", String(conversation.id) === current ? "current" : "");
                        var open = element("button", "link-button open-conversation", conversation.title);
                        open.type = "button";
                        open.title = "Started " + new Date(conversation.started_at).toLocaleString();
                        open.addEventListener("click", function () { openConversation(conversation.id); });
                        var remove = element("button", "link-button delete-conversation", "Delete");
                        remove.type = "button";
                        remove.setAttribute("aria-label", "Delete the conversation " + conversation.title);
                        remove.addEventListener("click", function () {
                            if (!window.confirm("Delete this conversation?")) {
                                return;
                            }
                            fetch(api + "chat/conversations/" + conversation.id, {method: "DELETE", credentials: "same-origin"})
                                .then(function () {
                                    if (String(conversation.id) === sessionStorage.getItem(CONVERSATION)) {
                                        startOver();
                                    }
                                    refreshHistory();
                                });
                        });
                        entry.appendChild(open);
                        entry.appendChild(remove);
                        entries.appendChild(entry);
                    });
                });
        }

        function openConversation(id) {
            fetch(api + "chat/conversations/" + id, {credentials: "same-origin"})
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (conversation) {
                    if (!conversation) {
                        return;
                    }
                    messages = conversation.messages;
                    remember();
                    sessionStorage.setItem(CONVERSATION, String(conversation.id));
                    render();
                    refreshHistory();
                });
        }

        function startOver() {
            messages = [];
            remember();
            sessionStorage.removeItem(CONVERSATION);
            list.innerHTML = "";
        }

        form.addEventListener("submit", function (event) {
            event.preventDefault();
            var text = question.value.trim();
            if (text) {
                question.value = "";
                ask(text);
            }
        });
        root.querySelector(".clear").addEventListener("click", function () {
            startOver();
            refreshHistory();
        });
        render();
        refreshHistory();
    }

    // The floating widget: a button that opens the conversation panel, open or not across pages.
    function Widget(launcher, panel) {
        function show(open) {
            panel.hidden = !open;
            launcher.setAttribute("aria-expanded", String(open));
            sessionStorage.setItem(OPEN, String(open));
            if (open) {
                panel.querySelector("textarea").focus();
            }
        }
        launcher.addEventListener("click", function () { show(panel.hidden); });
        panel.querySelector(".close").addEventListener("click", function () {
            show(false);
            launcher.focus();
        });
        panel.addEventListener("keydown", function (event) {
            if (event.key === "Escape") {
                show(false);
                launcher.focus();
            }
        });
        if (sessionStorage.getItem(OPEN) === "true") {
            panel.hidden = false;
            launcher.setAttribute("aria-expanded", "true");
        }
    }

    document.querySelectorAll(".kafelot[data-api]").forEach(function (root) { Kafelot(root); });
    var launcher = document.querySelector(".kafelot-launcher");
    if (launcher) {
        Widget(launcher, document.getElementById(launcher.getAttribute("aria-controls")));
    }
}());
