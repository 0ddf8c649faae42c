import contextlib
c = contextlib.nullcontext()
with c:
 with c:
  with c:
   with c:
    with c:
     with c:
      with c:
       with c:
        with c:
         with c:
          with c:
           with c:
            with c:
             with c:
              with c:
               with c:
                with c:
                 with c:
                  with c:
                   with c:
                    print('ok')
