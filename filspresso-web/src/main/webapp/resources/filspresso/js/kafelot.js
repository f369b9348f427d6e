// Kafelot's conversation page: asks /api/chat with the whole conversation, shows the answer as it
// streams (Server-Sent Events over a POST, read with fetch), then its sources. A request to brew is
// also sent to /api/brew/parse; a recipe comes back as a card with "Send to my machine", which
// creates the command only after the person confirms. The conversation is kept for this browser
// session (sessionStorage).
(function () {
    "use strict";
    var root = document.getElementById("kafelot");
    if (!root) {
        return;
    }
    var api = root.getAttribute("data-api");
    var list = document.getElementById("conversation");
    var form = document.getElementById("ask");
    var question = document.getElementById("question");
    var model = document.getElementById("model");
    var send = document.getElementById("send");
    var STORE = "kafelot.conversation";
    var messages = JSON.parse(sessionStorage.getItem(STORE) || "[]");

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
            var link = element("a", null, source.title);
            link.href = source.url.charAt(0) === "/" ? api.replace(/api\/$/, "") + source.url.substring(1) : source.url;
            entry.appendChild(link);
            links.appendChild(entry);
        });
        block.appendChild(links);
        item.appendChild(block);
    }

    function remember() {
        sessionStorage.setItem(STORE, JSON.stringify(messages));
    }

    function restore() {
        messages.forEach(function (message) {
            var item = bubble(message.role, message.content);
            if (message.sources) {
                showSources(item, message.sources, message.note);
            }
        });
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
        var body = {model: model.value, messages: messages.map(function (m) { return {role: m.role, content: m.content}; })};
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
                        showSources(answer, reply.sources, reply.note);
                        messages.push({role: "assistant", content: reply.response, sources: reply.sources, note: reply.note});
                        remember();
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
                card.appendChild(element("p", "words", "Recipe: " + recipe.capsule_variant.replace("_", " ") + ", " + recipe.volume_ml + " ml at "
                        + recipe.temperature_c + " °C, " + recipe.pre_infusion_ms + " ms pre-infusion"
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

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        var text = question.value.trim();
        if (text) {
            question.value = "";
            ask(text);
        }
    });
    document.getElementById("clear").addEventListener("click", function () {
        messages = [];
        remember();
        list.innerHTML = "";
    });
    restore();
}());
