# Single-threaded wasm has no pthread library to find, yet RE2's CMakeLists requires Threads.
# std::mutex still compiles (as a no-op) without -pthread, which is all RE2 needs here.
set(Threads_FOUND TRUE)
set(CMAKE_THREAD_LIBS_INIT "")
set(CMAKE_USE_PTHREADS_INIT TRUE)
if(NOT TARGET Threads::Threads)
  add_library(Threads::Threads INTERFACE IMPORTED)
endif()
