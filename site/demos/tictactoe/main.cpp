// Gradio's tictactoe demo in C++: a 3×3 Dataframe board and a Turn box. Selecting an empty cell
// places the current player's mark there and hands the turn over; an occupied cell changes
// nothing. The cell comes from the select event's data, a gr::SelectData parameter (Gradio's
// `evt: gr.SelectData`).
#include <gr/blocks.h>

#include <string>
#include <tuple>

std::tuple<gr::Json, std::string> place(gr::Json board, std::string turn, const gr::SelectData& evt) {
    if (!(evt.value.is_null() || evt.value == "")) return {board, turn};  // occupied
    board.at(evt.index.at(0).get<std::size_t>()).at(evt.index.at(1).get<std::size_t>()) = turn;
    return {board, turn == "X" ? "O" : "X"};
}

int main() {
    gr::Blocks demo({.title = "Tic Tac Toe"});
    auto turn = demo.textbox({.value = "X", .label = "Turn", .interactive = false});
    gr::Json empty_row = gr::Json::array({"", "", ""});
    auto board = demo.dataframe({{"value", {{"headers", {"1", "2", "3"}}, {"data", {empty_row, empty_row, empty_row}}}},
                                 {"label", "Board"}, {"interactive", false}, {"type", "array"}});
    board.on("select", place, {board, turn}, {board, turn}, {.api_name = "place", .show_progress = gr::ShowProgress::hidden});
    demo.launch();
}
