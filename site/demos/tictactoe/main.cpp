// Gradio's tictactoe demo in C++: a 3×3 Dataframe board and a Turn box. Selecting an empty cell
// places the current player's mark there and hands the turn over; an occupied cell changes
// nothing. The cell comes from the select event's SelectData (gr::Emitter::event_data()).
#include <gr/blocks.h>

#include <string>
#include <tuple>

std::tuple<gr::Json, std::string> place(gr::Json board, std::string turn, gr::Emitter& emit) {
    const gr::Json& evt = emit.event_data();
    const gr::Json& value = evt.contains("value") ? evt["value"] : gr::Json();
    if (!(value.is_null() || value == "")) return {board, turn};  // occupied
    const gr::Json& index = evt.at("index");
    board.at(index.at(0).get<std::size_t>()).at(index.at(1).get<std::size_t>()) = turn;
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
