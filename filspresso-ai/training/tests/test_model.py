"""The model's contract, on a CPU in seconds: python3 -m unittest discover -s tests (from training/)."""
import functools
import tempfile
import unittest
from pathlib import Path

import torch

from kafelot.model import Kafelot, ModelConfig, configs
from kafelot.export import export
from kafelot import formats, tokenizer

HERE = Path(__file__).resolve().parent.parent
TARGETS = {"tanka": 30e6, "villanelle": 60e6, "ode": 90e6}


class ModelTest(unittest.TestCase):

    def setUp(self):
        torch.manual_seed(7)

    def test_the_three_sizes_land_within_15_percent_of_their_targets_with_the_shipped_vocabulary(self):
        vocab = tokenizer.load(HERE / "tokenizer" / "kafelot.model").get_piece_size()
        for name, target in TARGETS.items():
            config = configs(vocab)[name]
            total, active = Kafelot(config).parameter_counts()
            self.assertLess(abs(total - target) / target, 0.15, f"{name}: {total:,} parameters")
            self.assertLessEqual(active, total)
            if config.experts:
                self.assertLess(active, total, f"{name} reads only its top-2 experts per token")

    def test_decoding_with_the_cache_gives_the_same_logits_as_recomputing_everything(self):
        for config in (configs(300)["tiny"],
                       # An odd head size, as Ode's 776 / 8 = 97: only 96 dimensions rotate.
                       ModelConfig("odd", 300, hidden=194, layers=2, heads=2, kv_heads=1, ffn=64,
                                   experts=4, expert_ffn=32, context=64, domain_dim=8)):
            model = Kafelot(config).eval()
            ids = torch.randint(0, 300, (2, 16))
            with torch.no_grad():
                full = model(ids)[0]
                keys, values = model.empty_cache(2)
                pieces = []
                prompt, keys, values, _ = model(ids[:, :6], keys, values)
                pieces.append(prompt)
                for i in range(6, 16):
                    step, keys, values, _ = model(ids[:, i:i + 1], keys, values)
                    pieces.append(step)
            self.assertLess((full - torch.cat(pieces, 1)).abs().max().item(), 1e-4, config.name)
            self.assertEqual(tuple(keys.shape), (config.layers, 2, config.kv_heads, 16, config.head_dim))

    def test_a_token_never_sees_the_future(self):
        model = Kafelot(configs(300)["tiny"]).eval()
        ids = torch.randint(0, 300, (1, 12))
        changed = ids.clone()
        changed[0, 8:] = (changed[0, 8:] + 1) % 300
        with torch.no_grad():
            self.assertLess((model(ids)[0][0, :8] - model(changed)[0][0, :8]).abs().max().item(), 1e-5)

    def test_the_output_projection_is_the_token_embedding(self):
        model = Kafelot(configs(300)["tiny"])
        with torch.no_grad():
            model.embed.weight[5].zero_()
        logits = model(torch.tensor([[1, 2, 3]]))[0]
        self.assertTrue(torch.all(logits[..., 5] == 0))

    def test_a_few_training_steps_lower_the_loss_on_repeated_text(self):
        model = Kafelot(configs(50)["tiny"])
        optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
        ids = torch.arange(0, 33).remainder(50).unsqueeze(0)
        first = None
        for _ in range(30):
            lm, aux = model.loss(ids[:, :-1], ids[:, 1:])
            loss = lm + 0.01 * aux
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            first = first if first is not None else lm.item()
        self.assertLess(lm.item(), first / 2)

    def test_a_mixture_runs_each_expert_on_the_rows_that_chose_it_with_the_outputs_and_gradients_of_running_all(self):
        from kafelot.model import MixtureOfExperts
        mixture = MixtureOfExperts(configs(300)["tiny"])
        x = torch.randn(2, 9, 48, requires_grad=True)
        out, _ = mixture(x)
        out.square().sum().backward()
        sparse = [x.grad.clone()] + [p.grad.clone() if p.grad is not None else torch.zeros_like(p) for p in mixture.parameters()]
        x.grad = None
        mixture.zero_grad(set_to_none=True)
        # Every expert on every row, weighted by a gate that is 0 where it was not chosen.
        probs = torch.softmax(mixture.router(x), dim=-1)
        top_p, top_i = torch.topk(probs, 2, dim=-1)
        gate = torch.zeros_like(probs).scatter(-1, top_i, top_p / top_p.sum(-1, keepdim=True))
        dense = sum(gate[..., e:e + 1] * expert(x) for e, expert in enumerate(mixture.experts))
        dense.square().sum().backward()
        self.assertLess((out - dense).abs().max().item(), 1e-6)
        for a, b in zip(sparse, [x.grad] + [p.grad for p in mixture.parameters()]):
            self.assertLess((a - b).abs().max().item(), 1e-5)

    def test_quantize_aware_training_sees_the_files_4_bit_weights_and_updates_the_float_ones(self):
        import json
        from kafelot import graph
        from kafelot.onnx_weights import load_shipped
        model = Kafelot(configs(300)["tiny"])
        quantized = graph.quantized_weights(model)
        ids = torch.randint(0, 300, (1, 12))
        before = model.embed.weight.detach().clone()
        optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
        for _ in range(3):
            optimizer.zero_grad()
            with quantized:
                self.assertFalse(torch.equal(model.embed.weight, before), "inside: the 4-bit values")
                model.loss(ids[:, :-1], ids[:, 1:])[0].backward()
            optimizer.step()
        self.assertGreater((model.embed.weight - before).abs().max().item(), 0.0, "the float weights took the update")
        self.assertGreater(len(set(model.embed.weight[0, :32].tolist())), 16, "float32 again, not a block's 16 levels")
        quantized.refresh()
        with tempfile.TemporaryDirectory() as folder:
            export(model.eval(), Path(folder) / "model.onnx", "int4", "int4")
            (Path(folder) / "model.json").write_text(json.dumps({"config": model.config.to_dict()}), encoding="utf-8")
            shipped, _ = load_shipped(folder)
        with torch.no_grad():
            with quantized:
                seen_in_training = model(ids)[0]
            self.assertLess((shipped(ids)[0] - seen_in_training).abs().max().item(), 1e-5, "the file holds what training saw")

    def test_dropout_changes_outputs_in_training_only(self):
        model = Kafelot(configs(300)["tiny"])
        ids = torch.randint(0, 300, (1, 12))
        with torch.no_grad():
            plain = model(ids)[0]
            model.config.dropout = 0.2
            self.assertGreater((model(ids)[0] - plain).abs().max().item(), 1e-3, "training: dropped")
            self.assertTrue(torch.equal(model.eval()(ids)[0], plain), "evaluation: as without dropout")

    def test_the_export_has_the_serving_inputs_and_outputs_with_dynamic_axes(self):
        import onnx
        model = Kafelot(configs(300)["tiny"]).eval()
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "tiny.onnx"
            export(model, path)
            graph = onnx.load(str(path)).graph
        self.assertEqual([i.name for i in graph.input], ["input_ids", "keep_logits", "seqlens_k", "total_sequence_length",
                                                         "past_key_0", "past_value_0", "past_key_1", "past_value_1"])
        self.assertEqual([o.name for o in graph.output], ["logits", "present_key_0", "present_value_0", "present_key_1", "present_value_1"])
        past = graph.input[4].type.tensor_type.shape.dim
        self.assertEqual(past[2].dim_param, "capacity")
        self.assertEqual(past[3].dim_value, 16, "tiny's 12-wide heads padded to GroupQueryAttention's multiple of 16")
        self.assertEqual(graph.input[0].type.tensor_type.shape.dim[1].dim_param, "seq")

    def test_a_shipped_folder_reads_back_into_the_model_it_came_from(self):
        import json
        from kafelot.onnx_weights import load_shipped
        model = Kafelot(configs(300)["tiny"]).eval()
        with torch.no_grad():  # as after training: no two norms alike
            for p in model.parameters():
                p.add_(torch.randn_like(p) * 0.02)
        ids = torch.randint(0, 300, (1, 12))
        for weights, embedding, tolerance in (("fp32", "int8", 1e-6), ("int8", "int8", 0.05), ("int4", "int8", 0.5), ("int4", "int4", 0.5)):
            with tempfile.TemporaryDirectory() as folder:
                export(model, Path(folder) / "model.onnx", weights, embedding)
                (Path(folder) / "model.json").write_text(json.dumps({"config": model.config.to_dict()}), encoding="utf-8")
                recovered, _ = load_shipped(folder)
            with torch.no_grad():
                difference = (recovered(ids)[0] - model(ids)[0]).abs().max().item()
            self.assertLess(difference, tolerance, f"{weights}, {embedding} embedding: rounding only")
            if weights != "fp32":
                self.assertGreater(difference, 0.0, f"{weights}: the weights went through it, not copied")

    def test_rebuilding_a_4_bit_file_from_its_own_weights_keeps_every_code(self):
        import json
        import onnx
        from onnx import numpy_helper
        from kafelot.export import rebuild
        model = Kafelot(configs(300)["tiny"]).eval()
        with tempfile.TemporaryDirectory() as folder:
            export(model, Path(folder) / "model.onnx", "int4", "int4")
            card = {"config": model.config.to_dict(), "weights": "int4", "embedding": "int4"}
            (Path(folder) / "model.json").write_text(json.dumps(card), encoding="utf-8")
            def codes():
                graph = onnx.load(str(Path(folder) / "model.onnx")).graph
                return {i.name: numpy_helper.to_array(i) for i in graph.initializer if i.name.endswith("_q4")}
            before = codes()
            rebuild(Path(folder))
            after = codes()
        self.assertEqual(before.keys(), after.keys())
        for name in before:
            self.assertTrue((before[name] == after[name]).mean() > 0.999, name)

    def test_4_bit_blocks_decode_back_to_the_weights_in_the_packing_onnx_runtime_reads(self):
        import numpy as np
        from kafelot.onnx_weights import _from_4bit
        from kafelot.quantize import blockwise
        # Weights that 4-bit blocks of 16 hold exactly (each block spans codes 0 to 15 around its
        # own zero point and scale): decoding must give them back, in the layout MatMulNBits reads.
        rng = np.random.default_rng(3)
        levels = rng.integers(0, 16, size=(5, 3, 16))
        levels[:, :, 0], levels[:, :, 1] = 0, 15
        zero_points, scales = rng.integers(1, 15, size=(5, 3)), rng.uniform(0.01, 0.1, size=(5, 3))
        weight = ((levels - zero_points[:, :, None]) * scales[:, :, None]).reshape(5, 48)[:, :40].astype(np.float32)  # 40: the last block padded
        codes, scales, zeros = blockwise(weight, 16, 4)
        self.assertEqual(codes.shape, (5, 3, 8))
        np.testing.assert_allclose(_from_4bit(codes, scales, zeros, 40), weight, atol=1e-6)

    def test_4_bit_blocks_are_never_further_from_the_weights_than_each_blocks_full_range(self):
        import numpy as np
        from kafelot.onnx_weights import _from_4bit
        from kafelot.quantize import blockwise
        weight = (np.random.default_rng(4).standard_t(4, size=(64, 96)) * 0.02).astype(np.float32)  # heavy-tailed, as trained weights
        codes, scales, zeros = blockwise(weight, 32, 4)
        error = (_from_4bit(codes, scales, zeros, 96) - weight).reshape(64, 3, 32) ** 2
        blocks = weight.reshape(64, 3, 32)
        low, high = np.minimum(blocks.min(axis=2), 0), np.maximum(blocks.max(axis=2), 0)
        step = (high - low) / 15
        zero = np.round(-low / step)[:, :, None]  # an integer zero point, as MatMulNBits takes
        full_range = (np.clip(np.round(blocks / step[:, :, None]) + zero, 0, 15) - zero) * step[:, :, None]
        full_range_error = (full_range - blocks) ** 2
        self.assertTrue((error.sum(axis=2) <= full_range_error.sum(axis=2) + 1e-9).all())
        self.assertLess(error.sum(), 0.97 * full_range_error.sum())  # 0.952 here


class ClassificationDataTest(unittest.TestCase):

    def test_held_out_examples_use_phrasings_never_seen_in_training_and_cover_every_task(self):
        from kafelot import classification
        train, held_out = classification.examples()
        self.assertEqual((train, held_out), classification.examples(), "deterministic")
        train_texts = {e["text"] for e in train}
        self.assertFalse(train_texts & {e["text"] for e in held_out})
        self.assertEqual({e["task"] for e in held_out}, set(classification.TASKS))
        for e in train + held_out:
            self.assertIn(e["label"], classification.labels(e["task"]))
        document = classification.documents(train[:1])[0]
        self.assertTrue(document.startswith(formats.USER + "Classify the "))
        self.assertTrue(document.endswith(formats.ASSISTANT + train[0]["label"]))


class DataTest(unittest.TestCase):

    @staticmethod
    def generated(sections):
        """Every generated document (the knowledge sections themselves left out)."""
        from kafelot import prepare_data as data
        parts = data.parts(sections, *data.load_catalog())
        return [doc for name, docs in parts.items() if name != "knowledge" for doc in docs]

    def test_adding_an_essay_changes_no_other_generated_document(self):
        from kafelot import prepare_data as data
        sections = data.knowledge_sections()
        essay = [("Kettles > Limescale", "A kettle scales up within 4 weeks in water of 15 °dH, so descale it monthly. " * 3)]
        before, after = self.generated(sections), self.generated(essay + sections)
        self.assertTrue(set(before) <= set(after), "every earlier document is generated again, word for word")
        self.assertEqual(len(after) - len(before), 2, "the new section's two grounded examples are the only additions")

    def test_catalog_facts_never_print_a_missing_volume(self):
        for document in self.generated([]):
            self.assertNotIn("None", document)


class TokenizerTest(unittest.TestCase):

    def test_markers_are_single_tokens_and_any_text_round_trips(self):
        processor = tokenizer.load(HERE / "tokenizer" / "kafelot.model")
        for marker in formats.MARKERS:
            self.assertEqual(len(tokenizer.encode(processor, marker)), 1, marker)
        text = "Make me a strong espresso at 92 °C ☕ — Cafea bună din Brașov"
        self.assertEqual(processor.decode(tokenizer.encode(processor, text)), text)


if __name__ == "__main__":
    unittest.main()
