//! Golden files: expected output kept in the repository, compared line by line, rewritten by
//! `make bless`.

use std::path::Path;

/// The variable that turns a comparison into a rewrite of the golden file (`make bless` sets it).
const UPDATE: &str = "UPDATE_EXPECT";
/// Unchanged lines shown around each change of a diff.
const CONTEXT: usize = 2;

/// Checks `actual` against the golden file at `path` (absolute: build it with
/// `concat!(env!("CARGO_MANIFEST_DIR"), "/tests/expect/NAME")`). With `UPDATE_EXPECT=1` set,
/// writes `actual` there instead.
///
/// # Panics
///
/// When the file is missing or differs, with a diff (`-` the file, `+` the output) and the
/// command that accepts the output.
#[track_caller]
pub fn assert_golden(path: &str, actual: &str) {
    let path = Path::new(path);
    if std::env::var_os(UPDATE).is_some_and(|v| v == "1") {
        if std::fs::read_to_string(path).ok().as_deref() != Some(actual) {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, actual).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
            eprintln!("blessed {}", path.display());
        }
        return;
    }
    let Ok(expected) = std::fs::read_to_string(path) else {
        panic!("no golden file {}: run `make bless` to write it, then review it", path.display());
    };
    if expected != actual {
        panic!(
            "the output differs from the golden file {} (- file, + output):\n{}\nIf the change is right, run `make bless` to accept it and review the diff.",
            path.display(),
            diff(&expected, actual)
        );
    }
}

/// The lines that differ between `old` and `new`, with [`CONTEXT`] lines around each change.
fn diff(old: &str, new: &str) -> String {
    let old: Vec<&str> = old.lines().collect();
    let new: Vec<&str> = new.lines().collect();
    // Only the middle past the common first and last lines needs the quadratic table.
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..].iter().rev().zip(new[prefix..].iter().rev()).take_while(|(a, b)| a == b).count();
    let (a, b) = (&old[prefix..old.len() - suffix], &new[prefix..new.len() - suffix]);
    // common[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
    let mut common = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            common[i][j] = if a[i] == b[j] { common[i + 1][j + 1] + 1 } else { common[i + 1][j].max(common[i][j + 1]) };
        }
    }
    // (mark, line number in the file, line) for the whole file, changes marked.
    let mut lines: Vec<(char, usize, &str)> = old[..prefix].iter().enumerate().map(|(n, l)| (' ', n, *l)).collect();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            lines.push((' ', prefix + i, a[i]));
            (i, j) = (i + 1, j + 1);
        } else if i < a.len() && (j == b.len() || common[i + 1][j] >= common[i][j + 1]) {
            lines.push(('-', prefix + i, a[i]));
            i += 1;
        } else {
            lines.push(('+', prefix + i, b[j]));
            j += 1;
        }
    }
    lines.extend(old[old.len() - suffix..].iter().enumerate().map(|(n, l)| (' ', old.len() - suffix + n, *l)));

    let changed: Vec<usize> = (0..lines.len()).filter(|&n| lines[n].0 != ' ').collect();
    let shown = |n: usize| changed.iter().any(|&c| c.abs_diff(n) <= CONTEXT);
    let mut out = String::new();
    for n in (0..lines.len()).filter(|&n| shown(n)) {
        let (mark, number, line) = lines[n];
        if n == 0 || !shown(n - 1) {
            out.push_str(&format!("@@ line {} @@\n", number + 1));
        }
        out.push_str(&format!("{mark} {line}\n"));
    }
    if changed.is_empty() {
        out.push_str("(the lines are equal: the files differ in their line endings or final newline)\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::diff;

    #[test]
    fn a_diff_shows_each_change_with_its_context() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\n";
        let new = "a\nb\nC\nd\ne\nf\ng\nh\ni\n";
        assert_eq!(diff(old, new), "@@ line 1 @@\n  a\n  b\n- c\n+ C\n  d\n  e\n@@ line 7 @@\n  g\n  h\n+ i\n");
    }

    #[test]
    fn equal_lines_with_other_endings_are_said_to_be_so() {
        assert!(diff("a\n", "a").contains("line endings"));
    }
}
