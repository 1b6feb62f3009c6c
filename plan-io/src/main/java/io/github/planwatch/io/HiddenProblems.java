package io.github.planwatch.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.github.planwatch.model.Message;
import io.github.planwatch.model.Problem;

/**
 * Finds the problems across the parts of a document that a broken part hides. A whole record
 * checks the rules that span its parts (in a plan: references, uniqueness) only once every part
 * has been made; where one part breaks a rule of its own, the rules across the others would
 * otherwise be checked only after that part is mended, one round of corrections later. So the
 * parts that cannot be made are left out of a copy of the tree, the copy is bound again, and
 * what it breaks across its parts is reported at the places of the document.
 *
 * <p>A part left out cannot be referred to: a reference to it is not reported, since it names
 * what the document does hold. Only references are affected by leaving parts out, since fewer
 * parts cannot break a rule of uniqueness or order that the whole kept. Thread-safe (no state).
 */
final class HiddenProblems {

    /** The most rounds of leaving parts out; a part made of a failed part fails one round later. */
    private static final int MAX_ROUNDS = 8;
    private static final Pattern PATH = Pattern.compile("[A-Za-z]+(\\[\\d+]|\\.[A-Za-z]+)*\\[\\d+](\\[\\d+]|\\.[A-Za-z]+)*");
    private static final Pattern STEP = Pattern.compile("\\[(\\d+)]|\\.?([^.\\[]+)");

    private HiddenProblems() {
    }

    /**
     * Finds the problems across the parts of a tree that failed to bind, which the failed parts hid,
     * at their places in the document; none where a failed part is not an item of a list.
     */
    static List<Problem> behind(JsonNode tree, Class<?> type, Binding.Attempt<?> failed, DocumentTree.Places places) {
        Set<String> leftOut = new TreeSet<>();
        List<String> failedPaths = failed.failedPaths();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<String> items = new ArrayList<>();
            for (String path : innermost(failedPaths)) {
                String item = enclosingItem(path);
                if (item == null) {
                    return List.of(); // a part that is not in a list cannot be left out
                }
                items.add(toOriginal(item, leftOut));
            }
            if (items.isEmpty() || !leftOut.addAll(items)) {
                return List.of();
            }
            JsonNode copy = tree.deepCopy();
            removeItems(copy, leftOut);
            Binding.Attempt<?> attempt = Binding.attempt(copy, type, "", new DocumentTree.Places(places.source));
            if (attempt.value() != null) {
                return List.of();
            }
            if (attempt.failedPaths().equals(List.of(""))) {
                // Only the whole failed: its problems are the rules across the parts that remain.
                Set<String> absent = identities(tree, leftOut);
                List<Problem> found = new ArrayList<>();
                for (Problem p : attempt.problems()) {
                    String at = toOriginal(p.path(), leftOut);
                    JsonNode named = tree.at(DocumentTree.Places.pointer(at));
                    if (named.isValueNode() && absent.contains(named.asText())) {
                        continue; // a reference to a part left out
                    }
                    found.add(places.at(at, placed(p.text(), leftOut)));
                }
                return found;
            }
            failedPaths = attempt.failedPaths().stream().filter(p -> !p.isEmpty()).toList();
        }
        return List.of();
    }

    /** A message whose words name another part by its path ("already used at ..."), with that path as in the tree. */
    private static Message placed(Message message, Set<String> leftOut) {
        List<Object> arguments = message.arguments().stream()
                .map(a -> a instanceof String text && PATH.matcher(text).matches() ? toOriginal(text, leftOut) : a)
                .toList();
        return new Message(message.bundle(), message.key(), message.otherwise(), arguments);
    }

    /** The failed paths that hold no other failed path: the parts that failed of themselves. */
    private static List<String> innermost(List<String> paths) {
        return paths.stream().filter(p -> paths.stream().noneMatch(q -> !q.equals(p) && within(q, p))).toList();
    }

    private static boolean within(String path, String outer) {
        return outer.isEmpty() || path.startsWith(outer) && path.length() > outer.length()
                && (path.charAt(outer.length()) == '.' || path.charAt(outer.length()) == '[');
    }

    /** The innermost item of a list that a path lies in, such as {@code indicators[6]} for {@code indicators[6].unit}. */
    private static String enclosingItem(String path) {
        int end = path.lastIndexOf(']');
        return end < 0 ? null : path.substring(0, end + 1);
    }

    /** A path in a copy without the items left out, as the path of the same part in the tree. */
    private static String toOriginal(String path, Set<String> leftOut) {
        StringBuilder original = new StringBuilder();
        Matcher m = STEP.matcher(path);
        while (m.find()) {
            if (m.group(1) != null) {
                String list = original.toString();
                int index = Integer.parseInt(m.group(1));
                // The index-th item that remains: skip each item of this list that was left out.
                for (int i = 0; i <= index; i++) {
                    if (leftOut.contains(list + "[" + i + "]")) {
                        index++;
                    }
                }
                original.append('[').append(index).append(']');
            } else {
                original.append(original.isEmpty() ? "" : ".").append(m.group(2));
            }
        }
        return original.toString();
    }

    /** Removes items, given by their paths in the tree, from it: within each list the last first. */
    private static void removeItems(JsonNode tree, Set<String> items) {
        Map<ArrayNode, TreeSet<Integer>> byList = new IdentityHashMap<>();
        for (String item : items) {
            int open = item.lastIndexOf('[');
            JsonNode list = tree.at(DocumentTree.Places.pointer(item.substring(0, open)));
            if (list instanceof ArrayNode array) {
                byList.computeIfAbsent(array, a -> new TreeSet<>())
                        .add(Integer.parseInt(item.substring(open + 1, item.length() - 1)));
            }
        }
        byList.forEach((list, indices) -> indices.descendingSet().forEach(list::remove));
    }

    /** What the items left out are known by, as references name them: their ids and numbers. */
    private static Set<String> identities(JsonNode tree, Set<String> items) {
        Set<String> names = new HashSet<>();
        for (String item : items) {
            JsonNode node = tree.at(DocumentTree.Places.pointer(item));
            for (String key : new String[] {"id", "number"}) {
                if (node.path(key).isValueNode()) {
                    names.add(node.get(key).asText());
                }
            }
            if (node.path("year").isValueNode() && node.path("number").isValueNode()) {
                names.add("kw-" + node.get("year").asText() + "-" + node.get("number").asText());
            }
        }
        return names;
    }
}
